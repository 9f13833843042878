import { expect, type UserEventObject, waitFor, type within } from 'storybook/test';
import { en, type Messages } from '../../src/i18n/en';
import { DEMO_CODE, STRONG_PASSWORD } from './demo-pool';

/** The queries a play function gets as `canvas`. */
export type Canvas = ReturnType<typeof within>;
/** The user-event instance a play function gets as `userEvent`. */
export type User = UserEventObject;

/** Accessible names in a catalogue, so a wording change cannot desync the tests. */
export function namesFor(messages: Messages) {
  return {
    username: messages.usernameLabel,
    code: messages.codeLabel,
    password: messages.passwordLabel,
    confirm: messages.confirmPasswordLabel,
    submit: messages.submit,
    resend: messages.resend,
    retry: messages.retry,
    successHeading: messages.successHeading,
    heading: messages.heading,
    requestHeading: messages.requestHeading,
    send: messages.requestSubmit,
    haveCode: messages.haveCode,
    changeUsername: messages.changeUsername,
  };
}

/** The English accessible names. */
export const names = namesFor(en);
type Names = typeof names;

/** The new-password input (exact, so "Confirm new password" does not match too). */
export const passwordInput = (canvas: Canvas, n: Names = names) =>
  canvas.getByLabelText(n.password, { exact: true });

/** Types a code and the same new password twice. */
export async function fillForm(
  canvas: Canvas,
  user: User,
  code = DEMO_CODE,
  password = STRONG_PASSWORD,
  n = names,
) {
  await user.type(canvas.getByLabelText(n.code), code);
  await user.type(passwordInput(canvas, n), password);
  const confirm = canvas.queryByLabelText(n.confirm);
  if (confirm) await user.type(confirm, password);
}

/** Clicks "Reset password". */
export async function submit(canvas: Canvas, user: User, n = names) {
  await user.click(canvas.getByRole('button', { name: n.submit }));
}

/** Types a username into the request step's field and presses "Send code". */
export async function requestCode(canvas: Canvas, user: User, username: string, n = names) {
  await user.type(canvas.getByRole('textbox', { name: n.username }), username);
  await user.click(canvas.getByRole('button', { name: n.send }));
}

/**
 * Waits for a step's heading and checks it took focus: how a screen reader learns the step changed
 * (the focused heading is read out).
 */
export async function expectStepHeading(canvas: Canvas, name: string) {
  const heading = await canvas.findByRole('heading', { name });
  await waitFor(() => expect(heading).toHaveFocus());
  return heading;
}

/** Waits for the success view and checks it took focus and the form is gone. */
export async function expectSuccess(canvas: Canvas, root: HTMLElement, n = names) {
  const heading = await canvas.findByRole('heading', { name: n.successHeading });
  await waitFor(() => expect(heading).toHaveFocus());
  await expect(root.querySelector('form')).toBeNull();
}

/** The `data-state` of the form's root. */
export function rootState(root: HTMLElement): string | null {
  return root.querySelector('[data-slot="root"]')?.getAttribute('data-state') ?? null;
}

/** The form-level alert took focus, so keyboard and screen-reader users land on the message. */
export async function expectAlertFocused(alert: HTMLElement) {
  await waitFor(() => expect(alert).toHaveFocus());
}

/** An `rgb()` / `rgba()` computed colour as [r, g, b, alpha]. */
function rgba(color: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b] = rgba(c).map((v, i) => {
      if (i === 3) return v;
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The code field as a person sees it, in the current theme and direction: focused, the active slot
 * has a solid ring at least 2 px wide with 3:1 against the card (WCAG 2.2 focus appearance) that
 * nothing clips; the slots span the same edges as the password input; the input's own placeholder
 * never shows through between slots.
 */
export async function expectCodeFieldDrawn(canvas: Canvas, root: HTMLElement, n: Names = names) {
  const input = canvas.getByLabelText(n.code);
  input.focus();
  const slot = await waitFor(() => {
    const active = root.querySelector<HTMLElement>('[data-slot="code-slot"][data-active]');
    if (!active) throw new Error('no active slot');
    return active;
  });
  const style = getComputedStyle(slot);
  const width = Number.parseFloat(style.outlineWidth);
  await expect(style.outlineStyle).toBe('solid');
  await expect(width).toBeGreaterThanOrEqual(2);
  await expect(rgba(style.outlineColor)[3]).toBe(1);
  const card = getComputedStyle(root.querySelector('[data-slot="root"]')!).backgroundColor;
  await expect(contrast(style.outlineColor, card)).toBeGreaterThanOrEqual(3);
  // Every box between the slot and the card that clips must leave room for the whole ring.
  const ring = width + Number.parseFloat(style.outlineOffset);
  const r = slot.getBoundingClientRect();
  for (let el = slot.parentElement; el && el.dataset.slot !== 'root'; el = el.parentElement) {
    if (getComputedStyle(el).overflow === 'visible') continue;
    const box = el.getBoundingClientRect();
    const where = `ring of slot ${[...slot.parentElement!.children].indexOf(slot)} inside ${el.className || el.tagName} (padding ${getComputedStyle(el).padding}, margin ${getComputedStyle(el).margin}, box ${box.left}-${box.right}, slot ${r.left}-${r.right}, w ${innerWidth})`;
    await expect(r.left - ring, where).toBeGreaterThanOrEqual(box.left - 0.5);
    await expect(r.right + ring, where).toBeLessThanOrEqual(box.right + 0.5);
    await expect(r.top - ring, where).toBeGreaterThanOrEqual(box.top - 0.5);
    await expect(r.bottom + ring, where).toBeLessThanOrEqual(box.bottom + 0.5);
  }
  // Edge to edge with the password input.
  const slots = [...root.querySelectorAll('[data-slot="code-slot"]')].map((s) => s.getBoundingClientRect());
  const password = passwordInput(canvas, n).getBoundingClientRect();
  const edges = `slots ${Math.min(...slots.map((s) => s.left))}–${Math.max(...slots.map((s) => s.right))}, password ${password.left}–${password.right}`;
  await expect(Math.abs(Math.min(...slots.map((s) => s.left)) - password.left), edges).toBeLessThan(1);
  await expect(Math.abs(Math.max(...slots.map((s) => s.right)) - password.right), edges).toBeLessThan(1);
  await expect(rgba(getComputedStyle(input, '::placeholder').color)[3]).toBe(0);
  input.blur();
}
