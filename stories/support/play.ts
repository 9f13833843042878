import { expect, type UserEventObject, waitFor, type within } from 'storybook/test';
import { en } from '../../src/i18n/en';
import { DEMO_CODE, STRONG_PASSWORD } from './demo-pool';

/** The queries a play function gets as `canvas`. */
export type Canvas = ReturnType<typeof within>;
/** The user-event instance a play function gets as `userEvent`. */
export type User = UserEventObject;

/** Accessible names, from the English catalogue so a wording change cannot desync the tests. */
export const names = {
  username: en.usernameLabel,
  code: en.codeLabel,
  password: en.passwordLabel,
  confirm: en.confirmPasswordLabel,
  submit: en.submit,
  resend: en.resend,
  retry: en.retry,
  successHeading: en.successHeading,
};

/** The new-password input (exact, so "Confirm new password" does not match too). */
export const passwordInput = (canvas: Canvas) => canvas.getByLabelText(names.password, { exact: true });

/** Types a code and the same new password twice. */
export async function fillForm(canvas: Canvas, user: User, code = DEMO_CODE, password = STRONG_PASSWORD) {
  await user.type(canvas.getByLabelText(names.code), code);
  await user.type(passwordInput(canvas), password);
  const confirm = canvas.queryByLabelText(names.confirm);
  if (confirm) await user.type(confirm, password);
}

/** Clicks "Reset password". */
export async function submit(canvas: Canvas, user: User) {
  await user.click(canvas.getByRole('button', { name: names.submit }));
}

/** Waits for the success view and checks it took focus and the form is gone. */
export async function expectSuccess(canvas: Canvas, root: HTMLElement) {
  const heading = await canvas.findByRole('heading', { name: names.successHeading }, { timeout: 5000 });
  await waitFor(() => expect(heading).toHaveFocus());
  await expect(root.querySelector('form')).toBeNull();
}

/** The `data-state` of the form's root. */
export function rootState(root: HTMLElement): string | null {
  return root.querySelector('[data-slot="root"]')?.getAttribute('data-state') ?? null;
}
