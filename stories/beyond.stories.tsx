import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { breachedPasswordCheck } from '../src/checks';
import type { PasswordCheckDefinition } from '../src/core';
import { en } from '../src/i18n/en';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from './support/DemoForm';
import { DEMO_CODE, DEMO_USER } from './support/demo-pool';
import {
  type Canvas,
  expectSuccess,
  fillForm,
  names,
  passwordInput,
  rootState,
  submit,
} from './support/play';

/** The password field's own error (its description also holds the checklist, which names every check). */
const passwordError = (canvas: Canvas) =>
  passwordInput(canvas).ownerDocument.getElementById(`${passwordInput(canvas).id}-error`);

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/SMS codes and password checks',
  component: ConfirmResetFormForDocs,
  argTypes: { ...formArgTypes, passwordChecks: { control: false } },
  render: (args) => <DemoForm {...args} />,
  args: { username: DEMO_USER.username },
  parameters: {
    docs: {
      description: {
        component:
          'Two things beyond the usual reset form: the code of an SMS filled in by the browser (WebOTP, stubbed here: no phone in a story), and extra password checks beside the pool’s policy — asynchronous ones show a pending state, a failing one blocks submit with its message, and the breach check asks a range API (a fake one here) for five hex digits of the hash only.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

// --- WebOTP ---------------------------------------------------------------------------------

/** What the stubbed browser saw: each `navigator.credentials.get` call's options. */
const otpRequests: CredentialRequestOptions[] = [];

/**
 * Stubs WebOTP as Chrome on Android has it: `OTPCredential` exists and `navigator.credentials.get`
 * answers an `otp` request with the code of "the SMS that just arrived". Restored after the story.
 */
function stubWebOtp(code: string) {
  otpRequests.length = 0;
  const credentials = Object.getOwnPropertyDescriptor(Navigator.prototype, 'credentials');
  Object.defineProperty(navigator, 'credentials', {
    configurable: true,
    value: {
      get: (options: CredentialRequestOptions) => {
        otpRequests.push(options);
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve({ type: 'otp', id: '', code }), 50);
          options.signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      },
    },
  });
  Object.defineProperty(window, 'OTPCredential', { configurable: true, value: class OTPCredential {} });
  return () => {
    Reflect.deleteProperty(navigator, 'credentials');
    if (credentials) Object.defineProperty(Navigator.prototype, 'credentials', credentials);
    Reflect.deleteProperty(window, 'OTPCredential');
  };
}

/**
 * The code went by SMS: the form asks the browser for it (WebOTP, stubbed), and the code fills
 * in — spaced as an SMS might write it, normalised as a typed code is. Nothing is submitted: the
 * user still chooses the password and presses the button.
 */
export const SmsCodeFilledByTheBrowser: Story = {
  name: 'SMS code filled by the browser (WebOTP)',
  args: { delivery: { destination: '+*******1234', medium: 'SMS', attributeName: 'phone_number' } },
  beforeEach: () => stubWebOtp(`${DEMO_CODE.slice(0, 3)} ${DEMO_CODE.slice(3)}`),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const code = canvas.getByLabelText(names.code) as HTMLInputElement;
    await waitFor(() => expect(code.value).toBe(DEMO_CODE));
    await expect(otpRequests).toHaveLength(1);
    await expect((otpRequests[0] as { otp?: unknown }).otp).toEqual({ transport: ['sms'] });
    // The slots show the filled code, as they do a typed one.
    await expect(canvasElement.querySelectorAll('[data-slot="code-slot"][data-filled]')).toHaveLength(6);
    await expect(rootState(canvasElement)).toBe('idle');
    await userEvent.type(passwordInput(canvas), 'Brand-new2?');
    await userEvent.type(canvas.getByLabelText(names.confirm), 'Brand-new2?');
    await submit(canvas, userEvent);
    await expect(otpRequests[0]?.signal?.aborted).toBe(true);
    await expectSuccess(canvas, canvasElement);
  },
};

// --- Asynchronous checks --------------------------------------------------------------------

/** A check that never answers: its line stays pending, typing goes on. */
const neverAnswers: PasswordCheckDefinition = {
  id: 'companyList',
  message: 'Not on the company’s list of banned passwords',
  test: () => new Promise<boolean>(() => {}),
};

/** While an asynchronous check runs, its line says so; the field never waits for it. */
export const AsyncCheckPending: Story = {
  name: 'Asynchronous check, pending',
  args: { passwordChecks: [neverAnswers] },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(passwordInput(canvas), 'Brand-new2?');
    await expect(passwordInput(canvas)).toHaveValue('Brand-new2?');
    const line = canvasElement.querySelector('[data-rule="companyList"]');
    await waitFor(() => expect(line).toHaveAttribute('data-pending'));
    await expect(line).toHaveTextContent(`(${en.ruleChecking})`);
  },
};

/** A check that answers "no" a moment later, as a server-side list would. */
const banned: PasswordCheckDefinition = {
  id: 'companyList',
  message: 'Not on the company’s list of banned passwords',
  test: (password, { signal }) =>
    new Promise<boolean>((resolve, reject) => {
      const timer = setTimeout(() => resolve(!password.startsWith('Acme')), 200);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    }),
};

/** A failing check blocks submit with its own message; nothing is sent. */
export const AsyncCheckFailing: Story = {
  name: 'Asynchronous check, failing',
  args: { passwordChecks: [banned] },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent, DEMO_CODE, 'Acme-2024!');
    await submit(canvas, userEvent);
    await waitFor(() => expect(passwordError(canvas)).toHaveTextContent(banned.message));
    await expect(passwordInput(canvas)).toHaveAttribute('aria-invalid', 'true');
    const line = canvasElement.querySelector('[data-rule="companyList"]');
    await expect(line).not.toHaveAttribute('data-met');
    await expect(line).not.toHaveAttribute('data-pending');
    await expect(rootState(canvasElement)).toBe('idle');
  },
};

// --- Breach check against a fake range --------------------------------------------------------

const BREACHED = 'Password123!';
/** What the fake range API was asked for. */
const rangeRequests: string[] = [];

async function sha1(text: string) {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * A fake Pwned Passwords range API: `fetch` answers `/range/<prefix>` with a padded range that
 * lists `Password123!` as seen 4,312 times. No network: the Response is built here.
 */
const fakeRange: typeof fetch = async (input) => {
  const url = String(input);
  rangeRequests.push(url);
  const prefix = url.slice(-5);
  const hash = await sha1(BREACHED);
  const lines = Array.from({ length: 20 }, (_, i) => `${padding(i)}:0`);
  if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:4312`);
  return new Response(lines.join('\r\n'), { status: 200, headers: { 'content-type': 'text/plain' } });
};
/** Padding entries: suffixes that match nothing, with a count of 0. */
const padding = (i: number) => i.toString(16).toUpperCase().padStart(35, 'F');

/**
 * The breach check (`react-cognito-reset/checks`) against a fake range: a password seen in breaches
 * is refused with the check's message; the range was asked for five hex digits, never the password.
 */
export const BreachCheck: Story = {
  name: 'Breach check (fake range)',
  args: {
    passwordChecks: [breachedPasswordCheck({ endpoint: 'https://range.example/range/', fetch: fakeRange })],
  },
  beforeEach: () => {
    rangeRequests.length = 0;
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent, DEMO_CODE, BREACHED);
    await submit(canvas, userEvent);
    await waitFor(() => expect(passwordError(canvas)).toHaveTextContent(en.rules.notBreached));
    await expect(canvasElement.querySelector('[data-rule="notBreached"]')).not.toHaveAttribute('data-met');
    await expect(rangeRequests.length).toBeGreaterThan(0);
    for (const url of rangeRequests)
      await expect(url).toMatch(/^https:\/\/range\.example\/range\/[0-9A-F]{5}$/);
    await expect(rootState(canvasElement)).toBe('idle');
  },
};
