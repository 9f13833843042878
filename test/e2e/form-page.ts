// Drives the drop-in form in a real page the way a person does, by its English accessible names
// (read from the catalogue, so a wording change cannot desync the tests).
import type { Locator, Page } from 'playwright-core';
import { en } from '../../src/i18n/en';

/** The form's fields and buttons on a page, by role and accessible name. */
export function formOf(page: Page) {
  return {
    code: page.getByLabel(en.codeLabel),
    password: page.getByLabel(en.passwordLabel, { exact: true }),
    // exact: the show-password toggles are named after their fields ("Show password (Confirm new password)").
    confirm: page.getByLabel(en.confirmPasswordLabel, { exact: true }),
    submit: page.getByRole('button', { name: en.submit }),
    resend: page.getByRole('button', { name: en.resend, exact: true }),
    alert: page.locator('[data-slot="root"] [role="alert"]'),
    status: page.locator('[data-slot="root"] [role="status"]'),
    success: page.getByRole('heading', { name: en.successHeading }),
    root: page.locator('[data-slot="root"]'),
  };
}

/** Types a code and the same new password twice, key by key. */
export async function fillForm(page: Page, code: string, password: string): Promise<void> {
  const form = formOf(page);
  await form.code.pressSequentially(code);
  await form.password.pressSequentially(password);
  await form.confirm.pressSequentially(password);
}

/** Waits (polling, no fixed sleep) until `read` returns `expected`; fails with the last value seen. */
export async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (Object.is(last, expected)) return;
    if (Date.now() > deadline) throw new Error(`expected ${String(expected)}, still ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once the field is marked invalid (`aria-invalid="true"`). */
export function untilInvalid(field: Locator): Promise<void> {
  return until(() => field.getAttribute('aria-invalid'), 'true');
}

/** A short description of the focused element: its accessible label, or its text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const input = el as HTMLInputElement;
    const label = el.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}:${label.trim()}`;
  });
}

/** Presses Tab until `want` has focus; fails after `max` presses. Returns the presses needed. */
export async function tabTo(page: Page, want: string, max = 12): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === want) return presses;
  }
  throw new Error(`Tab never reached ${want}; focus is on ${await focused(page)}`);
}
