import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import type { CodeDelivery } from '../src/core';
import { simulatedDelivery } from '../src/core/memory-pool';
import { en } from '../src/i18n/en';
import { DemoRequest, type DemoRequestProps, ForgotPasswordFormForDocs } from './support/DemoFlow';
import { createDemoPool, DEMO_USER, type DemoPoolOptions } from './support/demo-pool';
import { expectStepHeading, names, requestCode, rootState } from './support/play';
import './support/stories.css';

const meta: Meta<DemoRequestProps> = {
  title: 'Drop-in/ForgotPasswordForm',
  component: ForgotPasswordFormForDocs,
  render: (args) => <DemoRequest {...args} />,
  args: { onSuccess: fn(), onError: fn(), onEvent: fn() },
  argTypes: {
    children: { control: false },
    footer: { control: false },
    messages: { control: false },
    heading: { control: 'text' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    pool: { table: { category: 'Story only (memory pool)' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The request step alone (ForgotPassword) on the in-memory pool. The demo user is `alice` (email `alice@example.com`, a phone with `pool.withPhone`); any other name is unknown to the pool. Every ForgotPassword error is in **Drop-in/Request errors**; the whole flow in **Drop-in/PasswordReset**.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoRequestProps>;

/**
 * Where the pool says a code for `username` went: the same pool, asked directly, so the expected
 * words follow the pool's masking rather than restating it.
 */
async function poolDelivery(pool: DemoPoolOptions, username: string): Promise<CodeDelivery> {
  return createDemoPool({ sent: false, ...pool }).forgotPassword({ username });
}

/** Sends a code for `username` and checks the view it rests on: heading focused, the delivery's words. */
async function expectSent(
  { canvas, canvasElement, userEvent }: Parameters<NonNullable<Story['play']>>[0],
  username: string,
  text: string,
) {
  await requestCode(canvas, userEvent, username);
  await expectStepHeading(canvas, en.codeSentHeading);
  await expect(rootState(canvasElement)).toBe('success');
  await expect(canvasElement.querySelector('[data-slot="delivery"]')).toHaveTextContent(text);
  // The form is gone: nothing can be sent twice from this view.
  await expect(canvasElement.querySelector('form')).toBeNull();
}

/** Status `idle`: a username field (`autocomplete="username"`) and "Send code"; nothing takes focus on load. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(rootState(canvasElement)).toBe('idle');
    await expect(canvas.getByRole('heading', { name: en.requestHeading })).toBeVisible();
    await expect(canvas.getByText(en.requestIntro)).toBeVisible();
    const username = canvas.getByRole('textbox', { name: names.username });
    await expect(username).toHaveAttribute('autocomplete', 'username');
    await expect(username).toHaveAttribute('enterkeyhint', 'send');
    await expect(canvas.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
    await expect(canvas.getByRole('button', { name: names.send })).toBeEnabled();
    await expect(document.activeElement).toBe(document.body);
  },
};

/** Nothing typed: "Send code" sends nothing and says what is missing at the field. */
export const UsernameRequired: Story = {
  name: 'Username required',
  play: async ({ args, canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: names.send }));
    const username = canvas.getByRole('textbox', { name: names.username });
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    // The message under the field, named by the input while it is shown (the hook's id getter).
    await expect(canvasElement.querySelector('[data-slot="field-error"]')).toHaveTextContent(
      en.validation.usernameRequired,
    );
    await expect(username).toHaveAccessibleDescription(en.validation.usernameRequired);
    await expect(username).toHaveFocus();
    await expect(args.onEvent).not.toHaveBeenCalled();
  },
};

/** Status `submitting`: the pool answers after an hour, so the request stays in flight. */
export const Sending: Story = {
  args: { pool: { latencyMs: 3_600_000 } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await requestCode(canvas, userEvent, DEMO_USER.username);
    await waitFor(() => expect(rootState(canvasElement)).toBe('submitting'));
    const button = canvas.getByRole('button', { name: names.send });
    // Focusable but inert while the request runs; a second press sends nothing.
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAttribute('data-pending');
    await expect(canvasElement.querySelector('form')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(en.requestSubmitting);
    await expect(button.querySelector('.rcr-spinner')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: names.username })).toHaveValue(DEMO_USER.username);
  },
};

/** A code on its way by email: the pool's masked address, and `onSuccess` gets the delivery. */
export const CodeSentEmail: Story = {
  name: 'Code sent (email)',
  play: async (context) => {
    const delivery = await poolDelivery({}, DEMO_USER.username);
    await expect(delivery.medium).toBe('EMAIL');
    await expectSent(context, DEMO_USER.username, en.deliveryEmail({ destination: delivery.destination! }));
    await expect(context.args.onSuccess).toHaveBeenCalledWith({ username: DEMO_USER.username, delivery });
    await expect(context.args.onEvent).toHaveBeenCalledWith({ type: 'codeSent', medium: 'EMAIL' });
  },
};

/** A code on its way by text message (a pool that recovers by phone). */
export const CodeSentSms: Story = {
  name: 'Code sent (SMS)',
  args: { pool: { withPhone: true, recovery: ['phone'] } },
  play: async (context) => {
    const delivery = await poolDelivery(context.args.pool!, DEMO_USER.username);
    await expect(delivery.medium).toBe('SMS');
    await expectSent(context, DEMO_USER.username, en.deliverySms({ destination: delivery.destination! }));
  },
};

/**
 * A name the pool does not know (PreventUserExistenceErrors off: Cognito answers
 * UserNotFoundException). It reads as a sent code whose details Cognito kept back — the words of
 * any delivery without a destination — never as "no such user".
 */
export const CodeSentUnknownUser: Story = {
  name: 'Code sent (unknown user)',
  play: async (context) => {
    await expectSent(context, 'bob', en.codeSentNeutral);
    await expect(context.args.onSuccess).toHaveBeenCalledWith({ username: 'bob', delivery: {} });
    await expect(context.args.onError).not.toHaveBeenCalled();
    await expect(context.canvas.queryByRole('alert')).toBeNull();
  },
};

/**
 * The same unknown name on a pool with PreventUserExistenceErrors: Cognito answers a simulated
 * delivery, which reads exactly like a real one (the same message, a masked address).
 */
export const CodeSentSimulated: Story = {
  name: 'Code sent (simulated delivery)',
  args: { pool: { preventUserExistenceErrors: true } },
  play: async (context) => {
    const delivery = simulatedDelivery('bob');
    await expect(await poolDelivery(context.args.pool!, 'bob')).toEqual(delivery);
    await expectSent(context, 'bob', en.deliveryEmail({ destination: delivery.destination! }));
    await expect(context.args.onError).not.toHaveBeenCalled();
  },
};
