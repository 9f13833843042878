import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { simulatedDelivery } from '../src/core/memory-pool';
import { en } from '../src/i18n/en';
import ar from '../src/i18n/locales/ar';
import { DemoReset, type DemoResetProps, PasswordResetForDocs } from './support/DemoFlow';
import { createDemoPool, DEMO_CODE, DEMO_USER, STRONG_PASSWORD } from './support/demo-pool';
import {
  expectStepHeading,
  expectSuccess,
  fillForm,
  names,
  namesFor,
  passwordInput,
  requestCode,
  rootState,
  submit,
} from './support/play';
import './support/stories.css';

const meta: Meta<DemoResetProps> = {
  title: 'Drop-in/PasswordReset',
  component: PasswordResetForDocs,
  render: (args) => <DemoReset {...args} />,
  args: { onSuccess: fn(), onStepChange: fn(), onEvent: fn(), onContinue: fn(), resendCooldownSeconds: 0 },
  argTypes: {
    messages: { control: false },
    step: { control: false },
    defaultStep: { control: 'inline-radio', options: ['request', 'confirm', 'success'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    pool: { table: { category: 'Story only (memory pool)' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole reset in one drop-in, on the in-memory pool: request a code, confirm it with a new password, done. The demo user is `alice`; the code is always `123456`. Each story stops on one step; focus moves to each new step’s heading, which is how a screen reader hears the step change.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoResetProps>;

/** The flow's root: `data-step` names the step shown. */
const stepOf = (root: HTMLElement) =>
  root.querySelector('[data-slot="password-reset"]')?.getAttribute('data-step');

/** The confirm step's delivery hint for the demo user, from the pool's own masking. */
async function demoDelivery(pool: DemoResetProps['pool'] = {}) {
  return createDemoPool({ sent: false, ...pool }).forgotPassword({ username: DEMO_USER.username });
}

/** The first step, as a page opens on it: nothing takes focus, "I already have a code" is offered. */
export const RequestStep: Story = {
  name: 'Request step',
  play: async ({ canvas, canvasElement }) => {
    await expect(stepOf(canvasElement)).toBe('request');
    await expect(rootState(canvasElement)).toBe('idle');
    await expect(canvas.getByRole('heading', { name: en.requestHeading })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: names.username })).toHaveAttribute(
      'autocomplete',
      'username',
    );
    await expect(canvas.getByRole('button', { name: names.haveCode })).toBeVisible();
    // A page must not steal focus on load; only a step change moves it.
    await expect(canvas.getByRole('heading', { name: en.requestHeading })).not.toHaveFocus();
  },
};

/** "Send code" in flight (the pool answers after an hour): the request step stays, busy. */
export const Sending: Story = {
  args: { pool: { latencyMs: 3_600_000 } },
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await requestCode(canvas, userEvent, DEMO_USER.username);
    await waitFor(() => expect(rootState(canvasElement)).toBe('submitting'));
    await expect(canvas.getByRole('status')).toHaveTextContent(en.requestSubmitting);
    await expect(canvas.getByRole('button', { name: names.send })).toHaveAttribute('aria-disabled', 'true');
    await expect(stepOf(canvasElement)).toBe('request');
    await expect(args.onStepChange).not.toHaveBeenCalled();
  },
};

/** A code sent by email: on to the confirm step, which says where it went and takes focus on its heading. */
export const CodeSentEmail: Story = {
  name: 'Code sent (email)',
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    const delivery = await demoDelivery();
    await requestCode(canvas, userEvent, DEMO_USER.username);
    await expectStepHeading(canvas, en.heading);
    await expect(stepOf(canvasElement)).toBe('confirm');
    await expect(args.onStepChange).toHaveBeenCalledWith('confirm');
    await expect(canvas.getByText(en.deliveryEmail({ destination: delivery.destination! }))).toBeVisible();
    // The username travels on, hidden but there for password managers: no tab stop, not editable.
    const hidden = canvasElement.querySelector('input[autocomplete="username"]');
    await expect(hidden).toHaveValue(DEMO_USER.username);
    await expect(hidden).toHaveAttribute('data-hidden');
    await expect(hidden).toHaveAttribute('tabindex', '-1');
    await expect(canvas.getByRole('button', { name: names.changeUsername })).toBeVisible();
  },
};

/** A code sent by text message (a pool that recovers by phone). */
export const CodeSentSms: Story = {
  name: 'Code sent (SMS)',
  args: { pool: { withPhone: true, recovery: ['phone'] } },
  play: async ({ args, canvas, userEvent }) => {
    const delivery = await demoDelivery(args.pool);
    await expect(delivery.medium).toBe('SMS');
    await requestCode(canvas, userEvent, DEMO_USER.username);
    await expectStepHeading(canvas, en.heading);
    await expect(canvas.getByText(en.deliverySms({ destination: delivery.destination! }))).toBeVisible();
  },
};

/**
 * A name the pool does not know (UserNotFoundException): the flow moves on as for anyone, and the
 * confirm step reads exactly as it does after "I already have a code", so nothing tells whether
 * the account exists.
 */
export const CodeSentUnknownUser: Story = {
  name: 'Code sent (unknown user)',
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await requestCode(canvas, userEvent, 'bob');
    await expectStepHeading(canvas, en.heading);
    await expect(canvasElement.querySelector('[data-slot="delivery"]')).toHaveTextContent(en.intro);
    await expect(canvas.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/** The same name on a pool with PreventUserExistenceErrors: a simulated delivery, worded like a real one. */
export const CodeSentSimulated: Story = {
  name: 'Code sent (simulated delivery)',
  args: { pool: { preventUserExistenceErrors: true } },
  play: async ({ canvas, userEvent }) => {
    await requestCode(canvas, userEvent, 'bob');
    await expectStepHeading(canvas, en.heading);
    const { destination } = simulatedDelivery('bob');
    await expect(canvas.getByText(en.deliveryEmail({ destination: destination! }))).toBeVisible();
  },
};

/** "I already have a code": straight to the confirm step, which asks for the username itself. */
export const HaveCode: Story = {
  name: 'I already have a code',
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: names.haveCode }));
    await expectStepHeading(canvas, en.heading);
    await expect(stepOf(canvasElement)).toBe('confirm');
    await expect(args.onStepChange).toHaveBeenCalledWith('confirm');
    await expect(canvasElement.querySelector('[data-slot="delivery"]')).toHaveTextContent(en.intro);
    const username = canvas.getByRole('textbox', { name: names.username });
    await expect(username).toHaveAttribute('autocomplete', 'username');
    await expect(username).toHaveValue('');
  },
};

/** "Use a different username": back to the request step, the field filled with the name sent. */
export const ChangeUsername: Story = {
  name: 'Use a different username',
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await requestCode(canvas, userEvent, DEMO_USER.username);
    await expectStepHeading(canvas, en.heading);
    await userEvent.click(canvas.getByRole('button', { name: names.changeUsername }));
    await expectStepHeading(canvas, en.requestHeading);
    await expect(stepOf(canvasElement)).toBe('request');
    await expect(args.onStepChange).toHaveBeenLastCalledWith('request');
    await expect(canvas.getByRole('textbox', { name: names.username })).toHaveValue(DEMO_USER.username);
    await expect(rootState(canvasElement)).toBe('idle');
  },
};

/** The confirm step as a page reached from a link opens it (`defaultStep="confirm"`, `defaultUsername`). */
export const ConfirmStep: Story = {
  name: 'Confirm step',
  args: { defaultStep: 'confirm', defaultUsername: DEMO_USER.username, pool: { sent: true } },
  play: async ({ canvas, canvasElement }) => {
    await expect(stepOf(canvasElement)).toBe('confirm');
    await expect(canvas.getByRole('heading', { name: en.heading })).not.toHaveFocus();
    await expect(canvas.getByLabelText(names.code)).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(passwordInput(canvas)).toBeVisible();
    await expect(canvas.getByRole('button', { name: names.submit })).toBeEnabled();
  },
};

/** The whole flow: request, the code, a new password, success (focused); "Continue to sign in" is the app's. */
export const Success: Story = {
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await requestCode(canvas, userEvent, DEMO_USER.username);
    await expectStepHeading(canvas, en.heading);
    await fillForm(canvas, userEvent, DEMO_CODE, STRONG_PASSWORD);
    await submit(canvas, userEvent);
    await expectSuccess(canvas, canvasElement);
    await expect(stepOf(canvasElement)).toBe('success');
    await expect(args.onStepChange).toHaveBeenLastCalledWith('success');
    await expect(args.onSuccess).toHaveBeenCalledWith({ username: DEMO_USER.username });
    // No way back to another username once the password is reset.
    await expect(canvas.queryByRole('button', { name: names.changeUsername })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: en.continue }));
    await expect(args.onContinue).toHaveBeenCalled();
    // Analytics saw each step, never the username.
    const events = (args.onEvent as ReturnType<typeof fn>).mock.calls.map(([e]) => e.type);
    await expect(events).toEqual(expect.arrayContaining(['requested', 'codeSent']));
    await expect(JSON.stringify((args.onEvent as ReturnType<typeof fn>).mock.calls)).not.toContain(
      DEMO_USER.username,
    );
  },
};

/**
 * Right to left (`messages={ar}`): both steps take the catalogue's direction and language, the
 * footer link included; the masked address stays left to right inside the Arabic sentence.
 */
export const Arabic: Story = {
  name: 'Arabic (right to left)',
  args: { messages: ar },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const n = namesFor(ar);
    const root = () => canvasElement.querySelector('[data-slot="root"]');
    await expect(root()).toHaveAttribute('dir', 'rtl');
    await expect(root()).toHaveAttribute('lang', 'ar');
    await requestCode(canvas, userEvent, DEMO_USER.username, n);
    await expectStepHeading(canvas, ar.heading);
    await expect(root()).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('button', { name: n.changeUsername })).toBeVisible();
  },
};
