import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import {
  CLIENT_ERRORS,
  CONFIRM_FORGOT_PASSWORD_ERRORS,
  CognitoError,
  type CognitoErrorCode,
  describeError,
  FORGOT_PASSWORD_ERRORS,
} from '../src/core';
import { en } from '../src/i18n/en';
import { createTranslator, type MessageKey } from '../src/i18n/messages';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from './support/DemoForm';
import { DEMO_REQUEST_ID, DEMO_USER, STRONG_PASSWORD } from './support/demo-pool';
import { expectAlertFocused, expectSuccess, fillForm, names, passwordInput, submit } from './support/play';
import './support/stories.css';

const t = createTranslator(en);
const ALL_CODES: readonly CognitoErrorCode[] = [
  ...CONFIRM_FORGOT_PASSWORD_ERRORS,
  ...FORGOT_PASSWORD_ERRORS,
  ...CLIENT_ERRORS,
];
const isForgotPasswordError = (code: string) => (FORGOT_PASSWORD_ERRORS as readonly string[]).includes(code);

/** Every code a story below was made for; the table story checks none is missing. */
const covered = new Set<string>();

/** What the kit shows for a code: `describeError`'s row and the English text, as a user reads it. */
function expected(code: CognitoErrorCode) {
  const d = describeError(
    new CognitoError({ code, requestId: /Error$/.test(code) ? undefined : DEMO_REQUEST_ID }),
    // The stories fill in a password that meets every rule the form shows.
    { passwordMetPolicy: true },
  );
  return { ...d, text: t(`errors.${d.messageKey}` as MessageKey, d.params) };
}

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/Errors',
  // Story ids stay `errors--<code>` (test/package/storybook-e2e.test.ts opens them by code).
  id: 'errors',
  component: ConfirmResetFormForDocs,
  argTypes: formArgTypes,
  render: (args) => <DemoForm {...args} />,
  args: { username: DEMO_USER.username, resendCooldownSeconds: 0 },
  parameters: {
    docs: {
      description: {
        component:
          'One story per row of the error table: the memory pool answers with that code once, and the story shows where the message goes and what the user can do next. ForgotPassword’s codes come from "Resend code".',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

/**
 * A story for one code: the pool fails the first ConfirmForgotPassword with it (for ForgotPassword's
 * codes, the first resend), the play function triggers it, checks the message in the right place,
 * then takes the action the kit offers and checks where that leads.
 */
function errorStory(code: CognitoErrorCode): Story {
  covered.add(code);
  const e = expected(code);
  if (isForgotPasswordError(code)) {
    return {
      name: code,
      // skip: 1 — the ForgotPassword that led to this screen worked; the resend fails.
      args: { pool: { inject: { operation: 'ForgotPassword', code, skip: 1, times: 1 } } },
      play: async ({ canvas, userEvent }) => {
        await userEvent.click(canvas.getByRole('button', { name: names.resend }));
        const alert = canvas.getByRole('alert', { hidden: true });
        await waitFor(() => expect(alert).toHaveTextContent(e.text));
        await expectAlertFocused(alert);
        if (e.action === 'restart') {
          // The code never arrived: asking again is the way out, and the second request works.
          await userEvent.click(canvas.getByRole('button', { name: names.resend }));
          await expect(await canvas.findByRole('status')).toHaveTextContent(
            en.resent({ destination: 'a***@e***' }),
          );
        } else {
          await expect(alert).toHaveTextContent(`Reference: ${DEMO_REQUEST_ID}`);
        }
      },
    };
  }
  return {
    name: code,
    args: { pool: { inject: { operation: 'ConfirmForgotPassword', code, times: 1 } } },
    play: async ({ canvas, canvasElement, userEvent }) => {
      await fillForm(canvas, userEvent);
      await submit(canvas, userEvent);
      const alert = canvas.getByRole('alert', { hidden: true });
      if (e.field === 'code' || e.field === 'password') {
        const input = e.field === 'code' ? canvas.getByLabelText(names.code) : passwordInput(canvas);
        await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
        await expect(input).toHaveAccessibleDescription(expect.stringContaining(e.text));
        await expect(input).toHaveFocus();
        await expect(alert).toBeEmptyDOMElement();
      } else {
        await waitFor(() => expect(alert).toHaveTextContent(e.text));
        await expectAlertFocused(alert);
      }
      // Nothing typed is lost.
      await expect(passwordInput(canvas)).toHaveValue(STRONG_PASSWORD);

      switch (e.action) {
        case 'retry': // "Try again" sends the same request; the pool now accepts it.
          await userEvent.click(canvas.getByRole('button', { name: names.retry }));
          return expectSuccess(canvas, canvasElement);
        case 'fixCode': // Submitting again (the user re-checked the code) goes through.
        case 'fixPassword':
          await submit(canvas, userEvent);
          return expectSuccess(canvas, canvasElement);
        case 'resend': {
          await userEvent.click(canvas.getByRole('button', { name: names.resend }));
          await expect(await canvas.findByRole('status')).toHaveTextContent(
            en.resent({ destination: 'a***@e***' }),
          );
          const code = canvas.getByLabelText(names.code);
          await waitFor(() => expect(code).not.toHaveAttribute('aria-invalid'));
          return;
        }
        case 'wait':
          await expect(canvas.getByText(/You can try again in \d+ s\./)).toBeVisible();
          await expect(canvas.getByRole('button', { name: names.submit })).toBeDisabled();
          return;
        case 'contactSupport':
          await expect(alert).toHaveTextContent(`Reference: ${DEMO_REQUEST_ID}`);
          await expect(canvas.queryByRole('button', { name: names.retry })).toBeNull();
          return;
        default:
          throw new Error(`no play for action ${e.action}`);
      }
    },
  };
}

/** The whole table, generated from the exported code lists and `describeError`. */
export const ErrorTable: StoryObj = {
  name: 'The error table',
  render: () => (
    <table className="story-table">
      <caption>Every code the kit knows: where it shows, what the user can do, and the English text.</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">From</th>
          <th scope="col">Field</th>
          <th scope="col">Action</th>
          <th scope="col">Message</th>
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
export const CodeMismatchException = errorStory('CodeMismatchException');
export const ExpiredCodeException = errorStory('ExpiredCodeException');
export const InvalidPasswordException = errorStory('InvalidPasswordException');
export const PasswordHistoryPolicyViolationException = errorStory('PasswordHistoryPolicyViolationException');
export const InvalidParameterException = errorStory('InvalidParameterException');
export const NotAuthorizedException = errorStory('NotAuthorizedException');
export const TooManyFailedAttemptsException = errorStory('TooManyFailedAttemptsException');
export const TooManyRequestsException = errorStory('TooManyRequestsException');
export const LimitExceededException = errorStory('LimitExceededException');
export const UserNotFoundException = errorStory('UserNotFoundException');
export const UserNotConfirmedException = errorStory('UserNotConfirmedException');
export const ResourceNotFoundException = errorStory('ResourceNotFoundException');
export const ForbiddenException = errorStory('ForbiddenException');
export const UnexpectedLambdaException = errorStory('UnexpectedLambdaException');
export const UserLambdaValidationException = errorStory('UserLambdaValidationException');
export const InvalidLambdaResponseException = errorStory('InvalidLambdaResponseException');
export const OperationNotEnabledException = errorStory('OperationNotEnabledException');
export const InternalErrorException = errorStory('InternalErrorException');
// ForgotPassword adds (4), raised by "Resend code"
export const CodeDeliveryFailureException = errorStory('CodeDeliveryFailureException');
export const InvalidSmsRoleAccessPolicyException = errorStory('InvalidSmsRoleAccessPolicyException');
export const InvalidSmsRoleTrustRelationshipException = errorStory(
  'InvalidSmsRoleTrustRelationshipException',
);
export const InvalidEmailRoleAccessPolicyException = errorStory('InvalidEmailRoleAccessPolicyException');
// Raised by the kit itself (5)
export const NetworkError = errorStory('NetworkError');
export const TimeoutError = errorStory('TimeoutError');
export const AbortError = errorStory('AbortError');
export const HttpError = errorStory('HttpError');
export const UnknownError = errorStory('UnknownError');
