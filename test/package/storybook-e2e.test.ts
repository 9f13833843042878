// The playground, built with `storybook build` and served statically on loopback, driven in real
// Chromium as a user would: the live story against cognito-local (a wrong code, a pasted code, a
// double click, then signing in with the new password), and the memory-transport stories for what
// cognito-local does not enforce (expiry, attempt limits, the policy, history), by keyboard only
// where it matters, with axe on every state and screenshots in test-results/e2e/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoError, type CognitoErrorCode, describeError } from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator, type MessageKey } from '../../src/i18n/messages';
import { DEMO_CODE, DEMO_USER, STRONG_PASSWORD } from '../../stories/support/demo-pool';
import { REQUEST_CODES } from '../../stories/support/error-play';
import {
  accessibleDescription,
  axeViolations,
  launchChromium,
  screenshot,
  watchCognitoCalls,
  watchProblems,
} from '../e2e/browser';
import { fillForm, focused, formOf, tabTo, until, untilInvalid } from '../e2e/form-page';
import { LIVE_HELPER_PATH, liveStoryHelper } from '../e2e/live-story-helper';
import { type StaticServer, startStaticServer } from '../e2e/static-server';
import { type BuiltStorybook, buildStorybook, storyUrl } from '../e2e/storybook-build';
import { createTestPool, type TestPool } from '../helpers/cognito-local';

const t = createTranslator(en);
const LIVE = 'live-cognito--local-cognito';
const DEFAULT = 'drop-in-confirmresetform--default';
const WAIT = 'drop-in-confirmresetform--wait-cooldown';
const SUBMITTING = 'drop-in-confirmresetform--submitting';
const NEW_PASSWORD = 'Fresh-start9!';
// The story roots hold the form only; landmarks are the host page's job (addon-a11y skips this rule too).
const AXE = { include: '#storybook-root', disable: ['region'] };

let built: BuiltStorybook | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let pool: TestPool;

beforeAll(async () => {
  built = await buildStorybook();
  console.info(`storybook build: ${built.seconds.toFixed(1)} s`);
  pool = await createTestPool();
  server = await startStaticServer(built.dir, [liveStoryHelper(pool)]);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.remove();
}, 30_000);

/** A fresh context (no shared storage or permissions) and page on one story. */
async function openStory(id: string, query: Record<string, string> = {}) {
  expect(built!.storyIds, `story ${id} in index.json`).toContain(id);
  const context: BrowserContext = await browser!.newContext();
  const page: Page = await context.newPage();
  // A refused code or password is an HTTP 400 that Chromium logs as a failed resource: expected here.
  const problems = watchProblems(
    page,
    (text, url) => /status of 400/.test(text) && url.startsWith(pool.endpoint),
  );
  await page.goto(storyUrl(server!.url, id, query));
  return { context, page, problems, form: formOf(page) };
}

/** The English text `describeError` picks for a code, as the error stories inject it. */
function textFor(code: CognitoErrorCode) {
  // Every story is filled with STRONG_PASSWORD, which meets the policy the form shows.
  const options = { passwordMetPolicy: true };
  let d = describeError(new CognitoError({ code, requestId: 'req' }), options);
  // The error stories hold a wait for ten minutes, so they stay on it.
  if (d.action === 'wait')
    d = describeError(new CognitoError({ code, requestId: 'req' }), { ...options, retryAfterMs: 600_000 });
  return {
    ...d,
    text: t(`errors.${d.messageKey}` as MessageKey, d.params).replace(/ \(Reference: req\)$/, ''),
  };
}

describe('the live story against cognito-local', { timeout: 60_000 }, () => {
  it('shows a wrong code at the code field, takes a pasted "123 456", sends one request for a double click', async () => {
    const user = await pool.createUser();
    const { context, page, problems, form } = await openStory(LIVE, {
      cognitoLocal: `${server!.url}${LIVE_HELPER_PATH}`,
      args: `username:${user.username}`,
    });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server!.url });
      const calls = watchCognitoCalls(page);
      await page.getByRole('button', { name: 'Send code' }).click();
      const inbox = page.getByTestId('live-code');
      await until(async () => /^\d{6}$/.test((await inbox.textContent()) ?? ''), true);
      const code = (await pool.readCode(user.username))!;
      expect(await inbox.textContent()).toBe(code);
      await screenshot(page, 'live-code-sent');

      const wrong = code.replace(/.$/, (d) => String((Number(d) + 1) % 10));
      await fillForm(page, wrong, NEW_PASSWORD);
      await form.submit.click();
      await untilInvalid(form.code);
      expect(await accessibleDescription(form.code)).toContain(en.errors.codeMismatch);
      expect(await focused(page)).toBe(`input:${en.codeLabel}`);
      expect(await form.password.inputValue()).toBe(NEW_PASSWORD);
      expect(await form.alert.textContent()).toBe('');
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'live-code-mismatch');

      // A real paste from the clipboard, with the space an email puts in the middle of the code.
      await form.code.fill('');
      await page.evaluate(
        (text) => navigator.clipboard.writeText(text),
        `${code.slice(0, 3)} ${code.slice(3)}`,
      );
      await form.code.focus();
      await page.keyboard.press('Control+V');
      expect(await form.code.inputValue()).toBe(code);

      const confirmsBefore = calls.filter((c) => c === 'ConfirmForgotPassword').length;
      expect(confirmsBefore).toBe(1);
      await form.submit.dblclick();
      await form.success.waitFor();
      expect(calls.filter((c) => c === 'ConfirmForgotPassword')).toHaveLength(2);
      expect(calls.filter((c) => c === 'ForgotPassword')).toHaveLength(1);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'live-success');

      // "Continue to sign in" leads to a sign-in (InitiateAuth) against the same pool: the old
      // password is refused, the new one signs in.
      await page.getByRole('button', { name: en.continue }).click();
      const signIn = page.getByTestId('live-sign-in');
      const result = signIn.getByRole('status');
      await signIn.getByLabel('Password', { exact: true }).fill(user.password);
      await signIn.getByRole('button', { name: 'Sign in' }).click();
      await until(() => result.getAttribute('data-result'), 'refused');
      await signIn.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
      await signIn.getByRole('button', { name: 'Sign in' }).click();
      await until(() => result.getAttribute('data-result'), 'ok');
      expect(calls.filter((c) => c === 'InitiateAuth')).toHaveLength(2);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'live-signed-in');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    // cognito-local refuses a wrong password with InvalidPasswordException where Cognito says NotAuthorized.
    await expect(pool.signIn(user.username, user.password)).rejects.toMatchObject({
      name: expect.stringMatching(/^(NotAuthorizedException|InvalidPasswordException)$/),
    });
  });

  it('refuses a code replaced by a newer one and accepts the newest', async () => {
    const user = await pool.createUser();
    const { context, page, problems, form } = await openStory(LIVE, {
      cognitoLocal: `${server!.url}${LIVE_HELPER_PATH}`,
      args: `username:${user.username}`,
    });
    try {
      const send = page.getByRole('button', { name: 'Send code' });
      await send.click();
      await form.code.waitFor();
      const first = (await pool.readCode(user.username))!;
      let newest = first;
      // Codes are random: ask again until one differs (a repeat is a one-in-a-million event).
      while (newest === first) {
        await page.getByRole('button', { name: 'Start over' }).click();
        await send.click();
        await form.code.waitFor();
        newest = (await pool.readCode(user.username))!;
      }
      expect(await page.getByTestId('live-code').textContent()).toBe(newest);

      await fillForm(page, first, NEW_PASSWORD);
      await form.submit.click();
      await untilInvalid(form.code);
      expect(await accessibleDescription(form.code)).toContain(en.errors.codeMismatch);
      await screenshot(page, 'live-replaced-code');

      await form.code.fill(newest);
      await form.submit.click();
      await form.success.waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
  });
});

describe('the playground index', () => {
  it('names every story as a user would search for it, and ids follow titles', () => {
    const stories = built!.stories;
    const kebab = (name: string) => name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();
    // Storybook's fallback is the export name split at capitals ("Delivery Hint Sms"): a story whose
    // export has more than one word must say its own name.
    const autoCased = stories.filter(
      (s) =>
        s.exportName &&
        /[a-z][A-Z]/.test(s.exportName) &&
        s.name === s.exportName.replace(/(?<!^)([A-Z])/g, ' $1'),
    );
    expect(autoCased.map((s) => `${s.title}/${s.name}`)).toEqual([]);
    // Error stories carry Cognito's exception names, verbatim.
    const errors = stories.filter((s) => s.title === 'Drop-in/Errors' && s.exportName !== 'ErrorTable');
    expect(errors.length).toBe(27);
    for (const s of errors) {
      expect(s.name).toBe(s.exportName);
      expect(s.id).toBe(`drop-in-errors--${kebab(s.name)}`);
    }
    // The request step's error stories: one per code ForgotPassword answers, by its exception name.
    const requestErrors = stories.filter((s) => s.title === 'Drop-in/Request errors');
    expect(requestErrors.map((s) => s.name).sort()).toEqual([...REQUEST_CODES].sort());
    for (const s of requestErrors) {
      expect(s.name).toBe(s.exportName);
      expect(s.id).toBe(`drop-in-request-errors--${kebab(s.name)}`);
    }
    // Every id starts with its title, as the sidebar shows it.
    for (const s of stories) {
      expect(s.id.split('--')[0]).toBe(s.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    }
  });
});

describe('the memory-transport stories', { timeout: 60_000 }, () => {
  it('completes the whole flow by keyboard alone, in a sensible tab order', async () => {
    const { context, page, problems, form } = await openStory(DEFAULT);
    try {
      await form.code.waitFor();
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'default');
      // The hidden username input (for password managers) is not a tab stop: the code comes first.
      expect(await tabTo(page, `input:${en.codeLabel}`)).toBe(1);
      await page.keyboard.type(DEMO_CODE);
      await tabTo(page, `input:${en.passwordLabel}`);
      await page.keyboard.type('abc');
      await tabTo(page, `input:${en.confirmPasswordLabel}`);
      await page.keyboard.type('abc');
      // Enter in a field submits; the weak password is held back and focus goes to it.
      await page.keyboard.press('Enter');
      await untilInvalid(form.password);
      expect(await focused(page)).toBe(`input:${en.passwordLabel}`);
      expect(await accessibleDescription(form.password)).toContain(en.validation.passwordPolicy);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(STRONG_PASSWORD);
      await tabTo(page, `input:${en.confirmPasswordLabel}`);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(STRONG_PASSWORD);
      await page.keyboard.press('Enter');
      await form.success.waitFor();
      expect(await focused(page)).toBe(`h2:${en.successHeading}`);
      expect(await tabTo(page, `button:${en.continue}`)).toBe(1);
      await screenshot(page, 'keyboard-success');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('marks an expired code at the code field and lets "Resend code" send a new one (pool codeTtlMs)', async () => {
    const { context, page, problems, form } = await openStory(DEFAULT, {
      args: 'pool.codeTtlMs:1;resendCooldownSeconds:0',
    });
    try {
      await fillForm(page, DEMO_CODE, STRONG_PASSWORD);
      await form.submit.click();
      await untilInvalid(form.code);
      expect(await accessibleDescription(form.code)).toContain(en.errors.codeExpired);
      expect(await form.password.inputValue()).toBe(STRONG_PASSWORD);
      await screenshot(page, 'expired-code');
      await form.resend.click();
      await until(() => form.status.textContent(), en.resent({ destination: 'a***@e***' }));
      await until(() => form.code.getAttribute('aria-invalid'), null);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('locks the user out after too many wrong codes and counts the wait down (pool maxAttempts)', async () => {
    // The story rests on a one-minute wait; a 2 s one lets the test see the button come back.
    const { context, page, problems, form } = await openStory(WAIT, { args: 'retryAfterMs:2000' });
    try {
      await fillForm(page, '000000', STRONG_PASSWORD);
      for (let attempt = 1; attempt <= 2; attempt++) {
        await form.submit.click();
        await untilInvalid(form.code);
        await until(() => form.root.getAttribute('data-state'), 'error');
      }
      await form.submit.click();
      await until(
        async () => (await form.alert.textContent())?.startsWith(en.errors.tooManyAttempts({ seconds: 2 })),
        true,
      );
      expect(await form.submit.isDisabled()).toBe(true);
      // One countdown on screen, inside the message; none under it.
      expect(await page.locator('[data-slot="countdown"]').count()).toBe(1);
      expect(await page.getByText(/You can try again in \d+ s\./).count()).toBe(0);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'wait-cooldown');
      await until(() => form.submit.isEnabled(), true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    [
      'a pool policy stricter than the form’s',
      'pool.passwordPolicy.minimumLength:16',
      STRONG_PASSWORD,
      // Every rule on the page is met, so the message says the pool's rules differ.
      en.errors.passwordPolicyMismatch,
      'policy-rejected',
    ],
    [
      'a password from the history',
      'pool.passwordHistorySize:2',
      DEMO_USER.password,
      en.errors.passwordReused,
      'password-reused',
    ],
  ])(
    'marks the password field when the pool rejects %s, keeping the code',
    async (_, args, password, text, shot) => {
      const { context, page, problems, form } = await openStory(DEFAULT, { args });
      try {
        await fillForm(page, DEMO_CODE, password);
        await form.submit.click();
        await untilInvalid(form.password);
        expect(await accessibleDescription(form.password)).toContain(text);
        expect(await form.code.inputValue()).toBe(DEMO_CODE);
        expect(await form.code.getAttribute('aria-invalid')).toBeNull();
        await screenshot(page, shot);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each([
    'CodeMismatchException',
    'ExpiredCodeException',
    'TooManyFailedAttemptsException',
    'LimitExceededException',
    'InvalidPasswordException',
    'PasswordHistoryPolicyViolationException',
    'InternalErrorException',
  ] as const)(
    'shows the error story for %s where describeError says, with no axe violation',
    async (code) => {
      const id = `drop-in-errors--${code.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase()}`;
      const { context, page, problems, form } = await openStory(id);
      const expected = textFor(code);
      try {
        await fillForm(page, DEMO_CODE, STRONG_PASSWORD);
        await form.submit.click();
        if (expected.field === 'code' || expected.field === 'password') {
          const field = expected.field === 'code' ? form.code : form.password;
          await untilInvalid(field);
          expect(await accessibleDescription(field)).toContain(expected.text);
        } else {
          await until(async () => (await form.alert.textContent())?.includes(expected.text), true);
        }
        expect(await axeViolations(page, AXE)).toEqual([]);
        await screenshot(page, `error-${code}`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('what a person sees', { timeout: 60_000 }, () => {
  it('gives the show-password toggles 44 × 44 px on a touch screen, focus stays on them, names differ', async () => {
    expect(built!.storyIds).toContain(DEFAULT);
    const context = await browser!.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 812 },
    });
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(storyUrl(server!.url, DEFAULT));
      const form = formOf(page);
      await form.code.waitFor();
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      const toggles = page.locator('[data-slot="password-toggle"]');
      expect(await toggles.count()).toBe(2);
      const names = await toggles.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
      expect(new Set(names).size).toBe(2);
      for (const toggle of await toggles.all()) {
        const box = (await toggle.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      await form.password.fill(STRONG_PASSWORD);
      await toggles.first().focus();
      await page.keyboard.press('Space');
      expect(await toggles.first().getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Space');
      expect(await toggles.first().getAttribute('aria-pressed')).toBe('false');
      expect(await form.password.inputValue()).toBe(STRONG_PASSWORD);
      expect(await toggles.first().evaluate((el) => el === document.activeElement)).toBe(true);
      await screenshot(page, 'touch-375');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows submit progress by the button (its spinner), with no line under Resend and no growth of the card', async () => {
    const { context, page, problems, form } = await openStory(SUBMITTING, { args: 'pool.latencyMs:3600000' });
    try {
      await fillForm(page, DEMO_CODE, STRONG_PASSWORD);
      const before = (await form.root.boundingBox())!;
      await form.submit.click();
      await until(() => form.root.getAttribute('data-state'), 'submitting');
      expect(await form.status.textContent()).toBe(en.submitting);
      const after = (await form.root.boundingBox())!;
      expect(after.height).toBe(before.height);
      // Nothing but the button shows it: the status line takes no room and is not drawn.
      const statusBox = (await form.status.boundingBox())!;
      expect(statusBox.height).toBeLessThanOrEqual(1);
      expect(await form.submit.locator('.rcr-spinner').isVisible()).toBe(true);
      await screenshot(page, 'submitting');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the request step and the flow as a person sees them', { timeout: 60_000 }, () => {
  const FLOW = 'drop-in-passwordreset--request-step';
  const ARABIC = 'drop-in-passwordreset--arabic';

  /** The flow's request step, then "Send code" for the demo user: the confirm step, heading focused. */
  async function toConfirmStep(page: Page, send: string, heading: string) {
    await page.getByRole('textbox').first().fill(DEMO_USER.username);
    await page.getByRole('button', { name: send }).click();
    await until(() => focused(page), `h2:${heading}`);
  }

  /** The footer link is centred under the card's content (as "Resend code" is), and inside it. */
  async function expectFooterCentred(page: Page) {
    const card = (await page.locator('[data-slot="root"]').boundingBox())!;
    const link = (await page.locator('[data-slot="root"] > .rcr-link').boundingBox())!;
    expect(Math.abs(link.x + link.width / 2 - (card.x + card.width / 2))).toBeLessThan(1);
    expect(link.y + link.height).toBeLessThanOrEqual(card.y + card.height);
  }

  it.each(['light', 'dark'] as const)('draws both steps in the %s theme', async (theme) => {
    const { context, page, problems } = await openStory(FLOW, { args: `theme:${theme}` });
    try {
      await page.getByRole('button', { name: en.requestSubmit }).waitFor();
      await expectFooterCentred(page);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, `flow-request-${theme}`);
      await toConfirmStep(page, en.requestSubmit, en.heading);
      await expectFooterCentred(page);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, `flow-confirm-${theme}`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('draws both steps right to left (Arabic)', async () => {
    const { context, page, problems } = await openStory(ARABIC);
    try {
      const ar = (await import('../../src/i18n/locales/ar')).default;
      const root = page.locator('[data-slot="root"]');
      await page.getByRole('button', { name: ar.requestSubmit }).waitFor();
      expect(await root.getAttribute('dir')).toBe('rtl');
      // The field's label sits at the card's right edge.
      const card = (await root.boundingBox())!;
      const label = (await page.getByText(ar.usernameLabel, { exact: true }).boundingBox())!;
      expect(card.x + card.width - (label.x + label.width)).toBeLessThan(card.x + card.width / 2 - label.x);
      await screenshot(page, 'flow-request-rtl');
      await toConfirmStep(page, ar.requestSubmit, ar.heading);
      await expectFooterCentred(page);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'flow-confirm-rtl');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits both steps in 320 px without scrolling sideways', async () => {
    const context = await browser!.newContext({ viewport: { width: 320, height: 720 } });
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(storyUrl(server!.url, FLOW));
      await page.getByRole('button', { name: en.requestSubmit }).waitFor();
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBe(0);
      await screenshot(page, 'flow-request-320');
      await toConfirmStep(page, en.requestSubmit, en.heading);
      expect(await overflow()).toBe(0);
      await screenshot(page, 'flow-confirm-320');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a ForgotPassword error on the request step (LimitExceededException), the username kept', async () => {
    const { context, page, problems } = await openStory('drop-in-request-errors--limit-exceeded-exception');
    try {
      const username = page.getByRole('textbox', { name: en.usernameLabel });
      await username.fill(DEMO_USER.username);
      await page.getByRole('button', { name: en.requestSubmit }).click();
      const alert = page.locator('[data-slot="root"] [role="alert"]');
      // The story holds the wait for ten minutes; the words are describeError's for a request.
      const d = describeError(new CognitoError({ code: 'LimitExceededException' }), {
        operation: 'forgotPassword',
        retryAfterMs: 600_000,
      });
      const text = t(`errors.${d.messageKey}` as MessageKey, d.params);
      await until(async () => (await alert.textContent())?.includes(text), true);
      expect(await page.getByRole('button', { name: en.requestSubmit }).isDisabled()).toBe(true);
      expect(await username.inputValue()).toBe(DEMO_USER.username);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'request-error-limit-exceeded');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
