import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { ConfirmResetForm } from '../../src';
import { en } from '../../src/i18n/en';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from '../support/DemoForm';
import { createDemoPool, DEMO_CODE, DEMO_USER, STRONG_PASSWORD, WEAK_PASSWORD } from '../support/demo-pool';
import { expectSuccess, fillForm, names, passwordInput, submit } from '../support/play';
import { HeadlessDemo } from './HeadlessDemo';
import { OwnResetForm } from './OwnForm';
import '../support/stories.css';

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/Composition',
  component: ConfirmResetFormForDocs,
  argTypes: formArgTypes,
  args: { username: DEMO_USER.username, delivery: { destination: 'a***@e***', medium: 'EMAIL' } },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

/**
 * Compound parts in a two-column layout of the app's choosing. Each part renders one element, takes
 * `className` and any prop, and reads the root's state; `.Success` replaces them all on success.
 */
export const CustomLayout: Story = {
  name: 'Custom layout',
  args: { 'aria-label': 'Reset your password' },
  decorators: [
    (Story) => (
      <div className="story-wide">
        <Story />
      </div>
    ),
  ],
  render: (args) => (
    <DemoForm {...args}>
      <ConfirmResetForm.Username />
      <div className="story-layout">
        <div>
          <ConfirmResetForm.DeliveryHint />
          <ConfirmResetForm.Code label="Code from the e-mail" inputProps={{ placeholder: '••••••' }} />
          <ConfirmResetForm.Resend />
        </div>
        <div>
          <ConfirmResetForm.Password />
          <ConfirmResetForm.Policy />
          <ConfirmResetForm.ConfirmPassword />
          <ConfirmResetForm.Error />
          <ConfirmResetForm.Submit>Save new password</ConfirmResetForm.Submit>
        </div>
      </div>
      <ConfirmResetForm.Success continueHref="#sign-in" />
    </DemoForm>
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole('form', { name: 'Reset your password' })).toBeVisible();
    const code = canvas.getByLabelText('Code from the e-mail');
    await expect(code).toHaveAttribute('placeholder', '••••••');
    await userEvent.type(code, DEMO_CODE);
    await userEvent.type(passwordInput(canvas), STRONG_PASSWORD);
    await userEvent.type(canvas.getByLabelText(names.confirm), STRONG_PASSWORD);
    const rules = canvasElement.querySelectorAll('[data-slot="rule"]');
    await expect(Array.from(rules).every((rule) => rule.hasAttribute('data-met'))).toBe(true);
    await expect(canvas.getByRole('button', { name: 'Save new password' })).toBeEnabled();
  },
};

/** The same layout, submitted: `.Success` replaces every part, and its continue action is a link. */
export const CustomLayoutSubmitted: Story = {
  name: 'Custom layout, submitted',
  ...CustomLayout,
  play: async (context) => {
    await CustomLayout.play?.(context);
    const { canvas, canvasElement, userEvent } = context;
    await userEvent.click(canvas.getByRole('button', { name: 'Save new password' }));
    await expectSuccess(canvas, canvasElement);
    await expect(canvas.getByRole('link', { name: en.continue })).toHaveAttribute('href', '#sign-in');
  },
};

/** The headless hook wired to plain inputs, with the app's own markup and CSS; no styled layer. */
export const HeadlessHook: StoryObj<{ minimumLength: number }> = {
  name: 'Headless hook, plain inputs',
  args: { minimumLength: 10 },
  argTypes: { minimumLength: { control: { type: 'range', min: 6, max: 24 } } },
  render: ({ minimumLength }) => <HeadlessDemo passwordPolicy={{ minimumLength }} />,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('[class*="rcr"]')).toBeNull();
    const password = passwordInput(canvas);
    // The hook names the rules it handed an id for, and nothing it did not.
    await expect(password).toHaveAccessibleDescription(expect.stringContaining('At least 10 characters'));
    await userEvent.type(password, WEAK_PASSWORD);
    await expect(canvas.getByText('At least 10 characters').closest('li')).not.toHaveAttribute('data-met');
    await userEvent.clear(password);
    // A mistyped code: the prop getters put the server's error on the app's own input.
    await fillForm(canvas, userEvent, '000000', STRONG_PASSWORD, { ...names, code: 'Code from the e-mail' });
    await submit(canvas, userEvent);
    const code = canvas.getByLabelText('Code from the e-mail');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    await expect(code).toHaveAccessibleDescription(en.errors.codeMismatch);
  },
};

/** The story's own app: a success line after the form, as a page of the app's would show. */
function OwnFormStory({ minimumLength, wrongCodeFirst }: { minimumLength: number; wrongCodeFirst: boolean }) {
  const transport = useMemo(
    () =>
      createDemoPool({
        passwordPolicy: { minimumLength },
        ...(wrongCodeFirst
          ? { inject: { operation: 'ConfirmForgotPassword', code: 'CodeMismatchException', times: 1 } }
          : {}),
      }),
    [minimumLength, wrongCodeFirst],
  );
  const [done, setDone] = useState(false);
  if (done) return <p role="status">Password changed. You can sign in with it now.</p>;
  return (
    <div className="hl-card">
      <OwnResetForm
        transport={transport}
        username={DEMO_USER.username}
        policy={{ minimumLength }}
        onDone={() => setDone(true)}
      />
    </div>
  );
}

/**
 * Bring your own form: no hook and no parts, but the app's own react-hook-form `useForm` with the
 * kit's `passwordSchema` (validation), `checkPassword` (the checklist), `normalizeCode` (the code as
 * typed), `describeError` (where a Cognito error goes and what it says) and a transport.
 */
export const OwnForm: StoryObj<{ minimumLength: number; wrongCodeFirst: boolean }> = {
  name: 'Bring your own form (react-hook-form)',
  args: { minimumLength: 10, wrongCodeFirst: true },
  argTypes: { minimumLength: { control: { type: 'range', min: 6, max: 24 } } },
  render: (args) => <OwnFormStory {...args} />,
  play: async ({ canvas, userEvent }) => {
    const code = canvas.getByLabelText('Verification code');
    await userEvent.type(code, '123 456');
    const password = canvas.getByLabelText('New password');
    await userEvent.type(password, WEAK_PASSWORD);
    await expect(
      canvas.getByText('At least 10 characters', { exact: false }).closest('li'),
    ).not.toHaveAttribute('data-met');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    await userEvent.clear(password);
    await userEvent.type(password, STRONG_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm new password'), STRONG_PASSWORD);
    // The pool answers CodeMismatchException once: describeError puts it on the code field.
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    await expect(code).toHaveAccessibleDescription(en.errors.codeMismatch);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Password changed.');
  },
};
