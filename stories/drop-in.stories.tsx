import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { en } from '../src/i18n/en';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from './support/DemoForm';
import { DEMO_CODE, DEMO_USER, STRONG_PASSWORD, WEAK_PASSWORD } from './support/demo-pool';
import {
  expectAlertFocused,
  expectCodeFieldDrawn,
  expectSuccess,
  fillForm,
  names,
  passwordInput,
  rootState,
  submit,
} from './support/play';

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/ConfirmResetForm',
  component: ConfirmResetFormForDocs,
  render: (args) => <DemoForm {...args} />,
  args: {
    username: DEMO_USER.username,
    // What the ForgotPassword on the page before returned, as Cognito masks it.
    delivery: { destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' },
    onSuccess: fn(),
    onError: fn(),
    onEvent: fn(),
    onContinue: fn(),
  },
  argTypes: formArgTypes,
  parameters: {
    docs: {
      description: {
        component:
          'The drop-in step, running on `createMemoryTransport`: an in-memory pool that behaves like a strict Cognito. The demo user is `alice`; the code is always `123456`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

/** The drop-in with nothing but a transport, a username and where the code went. Status `idle`. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(rootState(canvasElement)).toBe('idle');
    await expect(canvas.getByRole('heading', { name: en.heading })).toBeVisible();
    await expect(canvas.getByLabelText(names.code)).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
    await expect(canvas.getByRole('button', { name: names.submit })).toBeEnabled();
    await expectCodeFieldDrawn(canvas, canvasElement);
  },
};

/** Type the code, a weak password (the checklist says what is missing), then a strong one, and submit. */
export const HappyPath: Story = {
  name: 'Happy path',
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText(names.code), DEMO_CODE);
    const password = passwordInput(canvas);
    await userEvent.type(password, WEAK_PASSWORD);
    const rule = (id: string) => canvasElement.querySelector(`[data-rule="${id}"]`);
    await expect(rule('lowercase')).toHaveAttribute('data-met');
    await expect(rule('minLength')).not.toHaveAttribute('data-met');
    await expect(rule('minLength')).toHaveTextContent(`(${en.ruleUnmet})`);
    await userEvent.tab();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(expect.stringContaining(en.validation.passwordPolicy));

    await userEvent.clear(password);
    await userEvent.type(password, STRONG_PASSWORD);
    for (const id of ['minLength', 'uppercase', 'lowercase', 'number', 'symbol']) {
      await expect(rule(id)).toHaveAttribute('data-met');
    }
    await userEvent.type(canvas.getByLabelText(names.confirm), STRONG_PASSWORD);
    await submit(canvas, userEvent);
    await expectSuccess(canvas, canvasElement);
    await expect(args.onSuccess).toHaveBeenCalledWith({ username: DEMO_USER.username });
  },
};

/** Status `submitting`: the pool answers after an hour, so the request stays in flight. */
export const Submitting: Story = {
  args: { pool: { latencyMs: 3_600_000 } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent);
    await submit(canvas, userEvent);
    await waitFor(() => expect(rootState(canvasElement)).toBe('submitting'));
    const button = canvas.getByRole('button', { name: names.submit });
    // Focusable but inert while the request runs; a second press sends nothing.
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAttribute('data-pending');
    await expect(canvasElement.querySelector('form')).toHaveAttribute('aria-busy', 'true');
    // Progress shows by the button (its spinner) and is announced; no line is added under Resend.
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent(en.submitting);
    await expect(status.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    await expect(button.querySelector('.rcr-spinner')).toBeVisible();
  },
};

/** Status `success`: the success view replaces the form and takes focus; continue goes to sign-in. */
export const Success: Story = {
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent);
    await submit(canvas, userEvent);
    await expectSuccess(canvas, canvasElement);
    await expect(rootState(canvasElement)).toBe('success');
    await userEvent.click(canvas.getByRole('button', { name: en.continue }));
    await expect(args.onContinue).toHaveBeenCalled();
  },
};

/** Status `error`: a mistyped code is marked at the code field; the password is kept. */
export const ErrorState: Story = {
  name: 'Error state',
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent, '654321');
    await submit(canvas, userEvent);
    const code = canvas.getByLabelText(names.code);
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    await expect(rootState(canvasElement)).toBe('error');
    await expect(code).toHaveAccessibleDescription(expect.stringContaining(en.errors.codeMismatch));
    await expect(code).toHaveFocus();
    await expect(passwordInput(canvas)).toHaveValue(STRONG_PASSWORD);
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'CodeMismatchException' }),
    );
  },
};

/**
 * No `username` prop: the form asks for it (autocomplete="username"). A name the pool does not know
 * gets a message that does not say whether the account exists.
 */
export const UsernameField: Story = {
  name: 'Username field',
  args: { username: undefined, delivery: undefined },
  play: async ({ canvas, userEvent }) => {
    const username = canvas.getByRole('textbox', { name: names.username });
    await expect(username).toHaveAttribute('autocomplete', 'username');
    await userEvent.type(username, 'bob');
    await fillForm(canvas, userEvent);
    await submit(canvas, userEvent);
    const alert = canvas.getByRole('alert', { hidden: true });
    await waitFor(() => expect(alert).toHaveTextContent(en.errors.codeOrUsername));
    await expect(username).toHaveValue('bob');
  },
};

/** A pool whose message template sends a 10-character letters-and-digits code: a plain text input (here with a mistyped code). */
export const UnknownLengthCode: Story = {
  name: 'Unknown length code',
  args: {
    code: { length: null, pattern: /^[A-Z0-9]+$/i },
    pool: { generateCode: () => 'K7Q2M9XW4P' },
  },
  argTypes: { code: { control: false } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const code = canvas.getByLabelText(names.code);
    await expect(code).toHaveAttribute('inputmode', 'text');
    await expect(canvasElement.querySelector('[data-slot="code-slot"]')).toBeNull();
    // One character off: the pool compares the whole code, so it travelled as typed.
    await fillForm(canvas, userEvent, 'K7Q2M9XW4Q');
    await submit(canvas, userEvent);
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    await expect(code).toHaveValue('K7Q2M9XW4Q');
  },
};

/**
 * The slots draw the input's own caret and selection: the caret follows the arrow keys, a selection
 * shows on every slot it covers, and nothing is drawn once focus moves to another field.
 */
export const CodeCaretAndSelection: Story = {
  name: 'Code caret and selection',
  play: async ({ canvas, canvasElement, userEvent }) => {
    const slots = () => [...canvasElement.querySelectorAll<HTMLElement>('[data-slot="code-slot"]')];
    const flagged = (attr: string) => slots().flatMap((slot, i) => (slot.hasAttribute(attr) ? [i] : []));
    await userEvent.type(canvas.getByLabelText(names.code), '123');
    await waitFor(() => expect(flagged('data-caret')).toEqual([3]));
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await waitFor(() => expect(flagged('data-active')).toEqual([1]));
    // A selection made by the mouse or the browser (user-event cannot extend one with Shift).
    const code = canvas.getByLabelText<HTMLInputElement>(names.code);
    code.setSelectionRange(1, 3);
    await waitFor(() => expect(flagged('data-selected')).toEqual([1, 2]));
    await expect(slots().map((slot) => slot.textContent)).toEqual(['1', '2', '3', '', '', '']);
    // Typing elsewhere moves the document's selection; the code field draws no caret for it.
    await userEvent.type(passwordInput(canvas), 'abc');
    await waitFor(() => expect(flagged('data-active')).toEqual([]));
    await expect(flagged('data-caret')).toEqual([]);
  },
};

/** The delivery hint for a code sent by email. */
export const DeliveryHintEmail: Story = {
  name: 'Delivery hint (email)',
  play: async ({ canvas }) => {
    await expect(canvas.getByText(en.deliveryEmail({ destination: 'a***@e***' }))).toBeVisible();
  },
};

/** The delivery hint for a code sent by text message; a resend reports the pool's own masked number. */
export const DeliveryHintSms: Story = {
  name: 'Delivery hint (SMS)',
  args: {
    delivery: { destination: '+*******0123', medium: 'SMS', attributeName: 'phone_number' },
    resendCooldownSeconds: 0,
    pool: { withPhone: true, recovery: ['phone'] },
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText(en.deliverySms({ destination: '+*******0123' }))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: names.resend }));
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      en.resent({ destination: '+*******0123' }),
    );
  },
};

/** "Resend code" counts down, then sends a new code and starts counting again. */
export const ResendCountdown: Story = {
  name: 'Resend countdown',
  args: { resendCooldownSeconds: 2 },
  play: async ({ canvas, userEvent }) => {
    const resend = canvas.getByRole('button', { name: /Resend code in \d+ s/ });
    await expect(resend).toBeDisabled();
    await waitFor(() => expect(resend).toHaveAccessibleName(names.resend));
    await expect(resend).toBeEnabled();
    await userEvent.click(resend);
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      en.resent({ destination: 'a***@e***' }),
    );
    await waitFor(() => expect(resend).toBeDisabled());
    await expect(canvas.getByLabelText(names.code)).toHaveFocus();
  },
};

/**
 * `wait`: two wrong codes lock the demo user out (the pool's `maxAttempts: 2`), the third try gets
 * LimitExceededException, and the form holds the user back for `retryAfterMs` (ten minutes here, so
 * the story rests on the wait; Drop-in/Recovery shows the button coming back).
 */
export const WaitCooldown: Story = {
  name: 'Wait cooldown',
  args: { retryAfterMs: 10 * 60_000, pool: { maxAttempts: 2 } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const code = canvas.getByLabelText(names.code);
    await fillForm(canvas, userEvent, '000000');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await submit(canvas, userEvent);
      if (attempt < 3) await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    }
    const alert = canvas.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(en.errors.tooManyAttempts({ seconds: 600 })));
    await expectAlertFocused(alert);
    await expect(canvas.getByRole('button', { name: names.submit })).toBeDisabled();
    // One countdown, in the message itself; no second timer under it.
    await expect(canvasElement.querySelectorAll('[data-slot="countdown"]')).toHaveLength(1);
  },
};
