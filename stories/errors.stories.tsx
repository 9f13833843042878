import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { CognitoErrorCode } from '../src/core';
import { en } from '../src/i18n/en';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from './support/DemoForm';
import { DEMO_USER, STRONG_PASSWORD } from './support/demo-pool';
import {
  ALL_CODES,
  expectErrorAtRest,
  expected,
  isForgotPasswordError,
  REQUEST_CODES,
} from './support/error-play';
import { fillForm, names, passwordInput, submit } from './support/play';
import './support/stories.css';

/** Every code a story below was made for; the table story checks none is missing. */
const covered = new Set<string>();

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/Errors',
  component: ConfirmResetFormForDocs,
  argTypes: formArgTypes,
  render: (args) => <DemoForm {...args} />,
  args: { username: DEMO_USER.username, resendCooldownSeconds: 0 },
  parameters: {
    docs: {
      description: {
        component:
          'One story per row of the error table, named by Cognito’s exception name: the memory pool answers with that code once, and the story stops where the user sees the error (the message at its field or in the alert, focus where it goes). What the user does next is in **Drop-in/Recovery**. ForgotPassword’s codes come from "Resend code".',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

/**
 * A story for one code: the pool fails the first ConfirmForgotPassword with it (for ForgotPassword's
 * codes, the first resend), and the play function triggers it and checks the state it rests in.
 * The export spreads this and adds `name` as a literal: Storybook's indexer reads names statically.
 */
function errorStory(code: CognitoErrorCode): Story {
  covered.add(code);
  if (isForgotPasswordError(code)) {
    return {
      // skip: 1 — the ForgotPassword that led to this screen worked; the resend fails.
      args: { pool: { inject: { operation: 'ForgotPassword', code, skip: 1, times: 1 } } },
      play: async ({ canvas, userEvent }) => {
        await userEvent.click(canvas.getByRole('button', { name: names.resend }));
        await expectErrorAtRest(canvas, code);
      },
    };
  }
  // A wait long enough that the story stays on it while someone looks (10 minutes).
  const retryAfterMs = expected(code).action === 'wait' ? 10 * 60_000 : undefined;
  return {
    args: { retryAfterMs, pool: { inject: { operation: 'ConfirmForgotPassword', code, times: 1 } } },
    play: async ({ canvas, userEvent }) => {
      await fillForm(canvas, userEvent);
      await submit(canvas, userEvent);
      const e = await expectErrorAtRest(canvas, code, retryAfterMs);
      // Nothing typed is lost.
      await expect(passwordInput(canvas)).toHaveValue(STRONG_PASSWORD);
      if (e.action === 'wait') {
        // Held back while the wait runs, counting down in the message itself.
        await expect(canvas.getByRole('button', { name: names.submit })).toBeDisabled();
        await expect(canvas.getByRole('alert')).toHaveTextContent(e.text);
      }
      if (e.action === 'retry') await expect(canvas.getByRole('button', { name: names.retry })).toBeVisible();
      if (e.action === 'contactSupport')
        await expect(canvas.queryByRole('button', { name: names.retry })).toBeNull();
    },
  };
}

function RequestCells({ code }: { code: CognitoErrorCode }) {
  const r = expected(code, undefined, 'forgotPassword');
  return (
    <>
      <td>{r.action}</td>
      <td>{r.text}</td>
    </>
  );
}

/** The whole table, generated from the exported code lists and `describeError`. */
export const ErrorTable: StoryObj = {
  name: 'The error table',
  render: () => (
    <table className="story-table">
      <caption>
        Every code the kit knows: where it shows, what the user can do, and the English text; on the confirm
        step, and on the request step ("Send code", Drop-in/Request errors) for the codes ForgotPassword
        answers.
      </caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">From</th>
          <th scope="col">Field</th>
          <th scope="col">Action</th>
          <th scope="col">Message</th>
          <th scope="col">Request step: action</th>
          <th scope="col">Request step: message</th>
        </tr>
      </thead>
      <tbody>
        {ALL_CODES.map((code) => {
          const e = expected(code);
          const from = isForgotPasswordError(code)
            ? 'ForgotPassword'
            : code.endsWith('Exception')
              ? 'ConfirmForgotPassword'
              : 'client';
          return (
            <tr key={code}>
              <th scope="row">
                <code>{code}</code>
              </th>
              <td>{from}</td>
              <td>{e.field}</td>
              <td>{e.action}</td>
              <td>{e.text}</td>
              {REQUEST_CODES.includes(code) ? (
                code === 'UserNotFoundException' ? (
                  <td colSpan={2}>reads as a sent code: {en.codeSentNeutral}</td>
                ) : (
                  <RequestCells code={code} />
                )
              ) : (
                <td colSpan={2}>—</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  ),
  play: async () => {
    // CSF cannot loop over named exports, so the stories below are written out: this catches a code
    // added to src/core/error-codes.ts without a story.
    await expect(ALL_CODES.filter((code) => !covered.has(code))).toEqual([]);
    await expect(covered.size).toBe(ALL_CODES.length);
  },
};

// ConfirmForgotPassword (18)
export const CodeMismatchException: Story = {
  ...errorStory('CodeMismatchException'),
  name: 'CodeMismatchException',
};
export const ExpiredCodeException: Story = {
  ...errorStory('ExpiredCodeException'),
  name: 'ExpiredCodeException',
};
export const InvalidPasswordException: Story = {
  ...errorStory('InvalidPasswordException'),
  name: 'InvalidPasswordException',
};
export const PasswordHistoryPolicyViolationException: Story = {
  ...errorStory('PasswordHistoryPolicyViolationException'),
  name: 'PasswordHistoryPolicyViolationException',
};
export const InvalidParameterException: Story = {
  ...errorStory('InvalidParameterException'),
  name: 'InvalidParameterException',
};
export const NotAuthorizedException: Story = {
  ...errorStory('NotAuthorizedException'),
  name: 'NotAuthorizedException',
};
export const TooManyFailedAttemptsException: Story = {
  ...errorStory('TooManyFailedAttemptsException'),
  name: 'TooManyFailedAttemptsException',
};
export const TooManyRequestsException: Story = {
  ...errorStory('TooManyRequestsException'),
  name: 'TooManyRequestsException',
};
export const LimitExceededException: Story = {
  ...errorStory('LimitExceededException'),
  name: 'LimitExceededException',
};
export const UserNotFoundException: Story = {
  ...errorStory('UserNotFoundException'),
  name: 'UserNotFoundException',
};
export const UserNotConfirmedException: Story = {
  ...errorStory('UserNotConfirmedException'),
  name: 'UserNotConfirmedException',
};
export const ResourceNotFoundException: Story = {
  ...errorStory('ResourceNotFoundException'),
  name: 'ResourceNotFoundException',
};
export const ForbiddenException: Story = { ...errorStory('ForbiddenException'), name: 'ForbiddenException' };
export const UnexpectedLambdaException: Story = {
  ...errorStory('UnexpectedLambdaException'),
  name: 'UnexpectedLambdaException',
};
export const UserLambdaValidationException: Story = {
  ...errorStory('UserLambdaValidationException'),
  name: 'UserLambdaValidationException',
};
export const InvalidLambdaResponseException: Story = {
  ...errorStory('InvalidLambdaResponseException'),
  name: 'InvalidLambdaResponseException',
};
export const OperationNotEnabledException: Story = {
  ...errorStory('OperationNotEnabledException'),
  name: 'OperationNotEnabledException',
};
export const InternalErrorException: Story = {
  ...errorStory('InternalErrorException'),
  name: 'InternalErrorException',
};
// ForgotPassword adds (4), raised by "Resend code"
export const CodeDeliveryFailureException: Story = {
  ...errorStory('CodeDeliveryFailureException'),
  name: 'CodeDeliveryFailureException',
};
export const InvalidSmsRoleAccessPolicyException: Story = {
  ...errorStory('InvalidSmsRoleAccessPolicyException'),
  name: 'InvalidSmsRoleAccessPolicyException',
};
export const InvalidSmsRoleTrustRelationshipException: Story = {
  ...errorStory('InvalidSmsRoleTrustRelationshipException'),
  name: 'InvalidSmsRoleTrustRelationshipException',
};
export const InvalidEmailRoleAccessPolicyException: Story = {
  ...errorStory('InvalidEmailRoleAccessPolicyException'),
  name: 'InvalidEmailRoleAccessPolicyException',
};
// Raised by the kit itself (5)
export const NetworkError: Story = { ...errorStory('NetworkError'), name: 'NetworkError' };
export const TimeoutError: Story = { ...errorStory('TimeoutError'), name: 'TimeoutError' };
export const AbortError: Story = { ...errorStory('AbortError'), name: 'AbortError' };
export const HttpError: Story = { ...errorStory('HttpError'), name: 'HttpError' };
export const UnknownError: Story = { ...errorStory('UnknownError'), name: 'UnknownError' };
