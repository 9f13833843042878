import { expect, waitFor } from 'storybook/test';
import {
  CLIENT_ERRORS,
  CONFIRM_FORGOT_PASSWORD_ERRORS,
  CognitoError,
  type CognitoErrorCode,
  describeError,
  type ErrorOperation,
  FORGOT_PASSWORD_ERRORS,
} from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator, type MessageKey } from '../../src/i18n/messages';
import { DEMO_REQUEST_ID } from './demo-pool';
import { type Canvas, expectAlertFocused, names, passwordInput } from './play';

const t = createTranslator(en);

/** Every code the kit knows, in the order of the error table. */
export const ALL_CODES: readonly CognitoErrorCode[] = [
  ...CONFIRM_FORGOT_PASSWORD_ERRORS,
  ...FORGOT_PASSWORD_ERRORS,
  ...CLIENT_ERRORS,
];

/**
 * Every code ForgotPassword can answer: the exceptions the service model lists for it
 * (`ForgotPasswordCommand`'s `@throws` in @aws-sdk/client-cognito-identity-provider) and the kit's
 * client-side codes. The request step's error stories are made from this list.
 */
export const REQUEST_CODES: readonly CognitoErrorCode[] = [
  'UserNotFoundException',
  'InvalidParameterException',
  'CodeDeliveryFailureException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'InvalidEmailRoleAccessPolicyException',
  'LimitExceededException',
  'TooManyRequestsException',
  'NotAuthorizedException',
  'ResourceNotFoundException',
  'ForbiddenException',
  'UnexpectedLambdaException',
  'UserLambdaValidationException',
  'InvalidLambdaResponseException',
  'OperationNotEnabledException',
  'InternalErrorException',
  ...CLIENT_ERRORS,
];

/** Whether a code comes from ForgotPassword (raised by "Resend code"). */
export const isForgotPasswordError = (code: string) =>
  (FORGOT_PASSWORD_ERRORS as readonly string[]).includes(code);

/**
 * What the kit shows for a code: `describeError`'s row and the English text, as a user reads it.
 * `retryAfterMs` as the story passes it, so a wait's seconds match. `operation` defaults to the
 * confirm step's view: ForgotPassword's own codes come from "Resend code" there.
 */
export function expected(code: CognitoErrorCode, retryAfterMs?: number, operation?: ErrorOperation) {
  const d = describeError(
    new CognitoError({ code, requestId: /Error$/.test(code) ? undefined : DEMO_REQUEST_ID }),
    {
      operation: operation ?? (isForgotPasswordError(code) ? 'forgotPassword' : 'confirmForgotPassword'),
      // The stories fill in a password that meets every rule the form shows.
      passwordMetPolicy: true,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    },
  );
  return { ...d, text: t(`errors.${d.messageKey}` as MessageKey, d.params) };
}

/**
 * The state an error rests in, read by structure and the English catalogue (so wording changes
 * follow): the message in the field's description with the field invalid and focused, or in the
 * focused alert.
 */
export async function expectErrorAtRest(
  canvas: Canvas,
  code: CognitoErrorCode,
  retryAfterMs?: number,
  operation?: ErrorOperation,
) {
  const e = expected(code, retryAfterMs, operation);
  const alert = canvas.getByRole('alert', { hidden: true });
  if (e.field !== 'form') {
    const input =
      e.field === 'code'
        ? canvas.getByLabelText(names.code)
        : e.field === 'username'
          ? canvas.getByRole('textbox', { name: names.username })
          : passwordInput(canvas);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await expect(input).toHaveAccessibleDescription(expect.stringContaining(e.text));
    await waitFor(() => expect(input).toHaveFocus());
  } else {
    await waitFor(() => expect(alert).toHaveTextContent(e.text));
    await expectAlertFocused(alert);
  }
  return e;
}
