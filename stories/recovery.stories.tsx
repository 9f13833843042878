import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { CognitoErrorCode } from '../src/core';
import { en } from '../src/i18n/en';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from './support/DemoForm';
import { DEMO_REQUEST_ID, DEMO_USER } from './support/demo-pool';
import { expectErrorAtRest } from './support/error-play';
import { expectSuccess, fillForm, names, submit } from './support/play';

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/Recovery',
  component: ConfirmResetFormForDocs,
  argTypes: formArgTypes,
  render: (args) => <DemoForm {...args} />,
  args: { username: DEMO_USER.username, resendCooldownSeconds: 0 },
  parameters: {
    docs: {
      description: {
        component:
          'What the user does after an error, one story per next step the error table names (`describeError`’s `action`): try again, fix the code, fix the password, get a new code, ask again, wait. Each starts from the error as **Drop-in/Errors** shows it and ends where that step leads. `contactSupport` has no step inside the form: its story in Drop-in/Errors is the end.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

/** The pool fails the first ConfirmForgotPassword with `code`; the form is filled and submitted. */
function failOnce(code: CognitoErrorCode): Story['args'] {
  return { pool: { inject: { operation: 'ConfirmForgotPassword', code, times: 1 } } };
}

/** `retry` (NetworkError): "Try again" sends the same request; the pool now answers. */
export const RetryAfterNetworkError: Story = {
  name: 'Try again after NetworkError',
  args: failOnce('NetworkError'),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent);
    await submit(canvas, userEvent);
    await expectErrorAtRest(canvas, 'NetworkError');
    await userEvent.click(canvas.getByRole('button', { name: names.retry }));
    await expectSuccess(canvas, canvasElement);
  },
};

/** `fixCode` (CodeMismatchException): the user corrects the code and submits again. */
export const FixCodeAfterCodeMismatch: Story = {
  name: 'Fix the code after CodeMismatchException',
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent, '654321');
    await submit(canvas, userEvent);
    await expectErrorAtRest(canvas, 'CodeMismatchException');
    const code = canvas.getByLabelText(names.code);
    await userEvent.clear(code);
    await userEvent.type(code, '123456');
    await submit(canvas, userEvent);
    await expectSuccess(canvas, canvasElement);
  },
};

/** `fixPassword` (InvalidPasswordException): the user picks another password and submits again. */
export const FixPasswordAfterInvalidPassword: Story = {
  name: 'Fix the password after InvalidPasswordException',
  args: failOnce('InvalidPasswordException'),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent);
    await submit(canvas, userEvent);
    await expectErrorAtRest(canvas, 'InvalidPasswordException');
    await submit(canvas, userEvent);
    await expectSuccess(canvas, canvasElement);
  },
};

/** `resend` (ExpiredCodeException): "Resend code" sends a new one and clears the code field's error. */
export const ResendAfterExpiredCode: Story = {
  name: 'Resend after ExpiredCodeException',
  args: failOnce('ExpiredCodeException'),
  play: async ({ canvas, userEvent }) => {
    await fillForm(canvas, userEvent);
    await submit(canvas, userEvent);
    await expectErrorAtRest(canvas, 'ExpiredCodeException');
    await userEvent.click(canvas.getByRole('button', { name: names.resend }));
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      en.resent({ destination: 'a***@e***' }),
    );
    await waitFor(() => expect(canvas.getByLabelText(names.code)).not.toHaveAttribute('aria-invalid'));
  },
};

/** `restart` (CodeDeliveryFailureException): the code never arrived; asking again works. */
export const AskAgainAfterCodeDeliveryFailure: Story = {
  name: 'Ask again after CodeDeliveryFailureException',
  args: {
    pool: {
      inject: { operation: 'ForgotPassword', code: 'CodeDeliveryFailureException', skip: 1, times: 1 },
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: names.resend }));
    await expectErrorAtRest(canvas, 'CodeDeliveryFailureException');
    await userEvent.click(canvas.getByRole('button', { name: names.resend }));
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      en.resent({ destination: 'a***@e***' }),
    );
  },
};

/** `wait` (LimitExceededException, retryAfterMs 2 s): the button comes back when the wait is over. */
export const WaitAfterLimitExceeded: Story = {
  name: 'Wait after LimitExceededException',
  args: { ...failOnce('LimitExceededException'), retryAfterMs: 2000 },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fillForm(canvas, userEvent);
    await submit(canvas, userEvent);
    await expectErrorAtRest(canvas, 'LimitExceededException', 2000);
    const button = canvas.getByRole('button', { name: names.submit });
    await expect(button).toBeDisabled();
    // The condition, not a time: the hook enables the button when its countdown reaches zero.
    await waitFor(() => expect(button).toBeEnabled());
    await expect(canvas.getByRole('alert')).not.toHaveTextContent(`Reference: ${DEMO_REQUEST_ID}`);
    await submit(canvas, userEvent);
    await expectSuccess(canvas, canvasElement);
  },
};
