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

/** Waits for the success view and checks it took focus and the form is gone. */
export async function expectSuccess(canvas: Canvas, root: HTMLElement, n = names) {
  const heading = await canvas.findByRole('heading', { name: n.successHeading }, { timeout: 5000 });
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
