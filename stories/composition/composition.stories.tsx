import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { ConfirmResetForm } from '../../src';
import { en } from '../../src/i18n/en';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from '../support/DemoForm';
import { createDemoPool, DEMO_CODE, DEMO_USER, STRONG_PASSWORD, WEAK_PASSWORD } from '../support/demo-pool';
import { expectSuccess, fillForm, names, passwordInput, submit } from '../support/play';
import { AppButton, AppInput } from './AppButton';
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
 * Compound parts in a two-column layout of the app's choosing. Each part renders one root element,
 * takes `className`, `ref` and any prop, and reads the root's state. On success the root's success
 * view replaces the form and the layout in it (`continueHref` on the root makes its action a link).
 */
export const CustomLayout: Story = {
  name: 'Custom layout',
  args: { role: 'region', 'aria-label': 'Reset your password', continueHref: '#sign-in' },
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
    </DemoForm>
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole('region', { name: 'Reset your password' })).toBeVisible();
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

/** The same layout, submitted: the success view replaces every part, and its continue action is a link. */
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

/**
 * The app's own shadcn/ui-style `Button` as `.Submit` and `.Resend`, and its `Input` for the
 * passwords, with `asChild` (Radix's Slot): the kit merges its props, handlers and ref into them
 * and puts its spinner inside the app's button while the reset runs.
 */
export const OwnButtonAndInput: Story = {
  name: 'Your own Button and Input (asChild)',
  args: { continueHref: '#sign-in', resendCooldownSeconds: 0, pool: { latencyMs: 600 } },
  render: (args) => (
    <DemoForm {...args}>
      <ConfirmResetForm.Username />
      <ConfirmResetForm.DeliveryHint />
      <ConfirmResetForm.Code />
      <ConfirmResetForm.Password asChild>
        <AppInput />
      </ConfirmResetForm.Password>
      <ConfirmResetForm.Policy />
      <ConfirmResetForm.ConfirmPassword asChild>
        <AppInput />
      </ConfirmResetForm.ConfirmPassword>
      <ConfirmResetForm.Error />
      <ConfirmResetForm.Submit asChild>
        <AppButton>Save new password</AppButton>
      </ConfirmResetForm.Submit>
      <ConfirmResetForm.Resend asChild>
        <AppButton variant="link" size="sm" />
      </ConfirmResetForm.Resend>
    </DemoForm>
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const save = canvas.getByRole('button', { name: 'Save new password' });
    await expect(save).toHaveClass('app-btn', 'app-btn-default');
    await expect(save).toHaveAttribute('type', 'submit');
    // The app's unlayered CSS wins over the kit's layered theme.
    await expect(getComputedStyle(save).backgroundColor).toBe('rgb(24, 24, 27)');
    const resend = canvas.getByRole('button', { name: en.resend });
    await expect(resend).toHaveClass('app-btn-link');
    await userEvent.click(resend);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(en.resent({ destination: 'a***@e***' })),
    );
    await expect(passwordInput(canvas)).toHaveClass('app-input');
    await fillForm(canvas, userEvent);
    await userEvent.click(save);
    await waitFor(() => expect(save.querySelector('[aria-hidden="true"]')).not.toBeNull());
    await expectSuccess(canvas, canvasElement);
    await expect(canvas.getByRole('link', { name: en.continue })).toHaveAttribute('href', '#sign-in');
  },
};

/**
 * `unstyled` with no theme at all: what is visually hidden stays hidden (the known username's
 * field, the checklist's "(not yet)", the announcers), because hiding is behaviour, not theme.
 */
export const UnstyledHidden: Story = {
  name: 'Unstyled: hidden text stays hidden',
  args: { unstyled: true },
  render: (args) => <DemoForm {...args} />,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('[class*="rcr"]')).toBeNull();
    const size = (el: Element | null) => {
      const box = el!.getBoundingClientRect();
      return [box.width, box.height];
    };
    const username = canvas.getByLabelText(names.username);
    await expect(size(username.closest('[data-slot="username-field"]'))).toEqual([1, 1]);
    const notYet = canvas.getAllByText(`(${en.ruleUnmet})`, { exact: false })[0]!;
    await expect(size(notYet)).toEqual([1, 1]);
    await expect(size(canvasElement.querySelector('[data-slot="policy-announcer"]'))).toEqual([1, 1]);
    // Still in the accessibility tree: the username by its label, the rule with its state.
    await expect(username).toHaveAttribute('autocomplete', 'username');
    await expect(canvasElement.querySelector('[data-rule="minLength"]')).toHaveTextContent(
      `(${en.ruleUnmet})`,
    );
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
