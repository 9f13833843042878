import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { CognitoErrorCode } from '../src/core';
import { en } from '../src/i18n/en';
import { DemoRequest, type DemoRequestProps, ForgotPasswordFormForDocs } from './support/DemoFlow';
import { DEMO_REQUEST_ID, DEMO_USER } from './support/demo-pool';
import { expectErrorAtRest, expected, REQUEST_CODES } from './support/error-play';
import { expectStepHeading, names, requestCode } from './support/play';
import './support/stories.css';

/** Every code a story below was made for; each story first checks none of REQUEST_CODES is missing. */
const covered = new Set<string>();

const meta: Meta<DemoRequestProps> = {
  title: 'Drop-in/Request errors',
  component: ForgotPasswordFormForDocs,
  render: (args) => <DemoRequest {...args} />,
  args: { onError: fn(), onSuccess: fn() },
  argTypes: { pool: { table: { category: 'Story only (memory pool)' } } },
  // CSF cannot loop over named exports, so the stories are written out: this catches a code added
  // to REQUEST_CODES (ForgotPassword's exceptions) without a story.
  beforeEach: async () => {
    await expect(REQUEST_CODES.filter((code) => !covered.has(code))).toEqual([]);
  },
  parameters: {
    docs: {
      description: {
        component:
          'One story per error ForgotPassword can answer ("Send code" on the request step), named by Cognito’s exception name: the memory pool answers with that code once, and the story stops where the user sees it. The words come from `describeError(error, { operation: \'forgotPassword\' })` — the same table as **Drop-in/Errors**, which shows both steps. An unknown user is not an error: it reads as a sent code.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoRequestProps>;

/**
 * A story for one code: the pool fails the first ForgotPassword with it; the play function types the
 * demo user, sends, and checks the state it rests in. The export spreads this and adds `name` as a
 * literal: Storybook's indexer reads names statically.
 */
function requestErrorStory(code: CognitoErrorCode): Story {
  covered.add(code);
  if (code === 'UserNotFoundException') {
    return {
      args: { pool: { inject: { operation: 'ForgotPassword', code, times: 1 } } },
      play: async ({ args, canvas, canvasElement, userEvent }) => {
        await requestCode(canvas, userEvent, DEMO_USER.username);
        // Never "no such user": the same view as any code sent without details.
        await expectStepHeading(canvas, en.codeSentHeading);
        await expect(canvasElement.querySelector('[data-slot="delivery"]')).toHaveTextContent(
          en.codeSentNeutral,
        );
        await expect(args.onError).not.toHaveBeenCalled();
      },
    };
  }
  // A wait long enough that the story stays on it while someone looks (10 minutes).
  const retryAfterMs = expected(code, undefined, 'forgotPassword').action === 'wait' ? 600_000 : undefined;
  return {
    args: { retryAfterMs, pool: { inject: { operation: 'ForgotPassword', code, times: 1 } } },
    play: async ({ args, canvas, userEvent }) => {
      await requestCode(canvas, userEvent, DEMO_USER.username);
      const e = await expectErrorAtRest(canvas, code, retryAfterMs, 'forgotPassword');
      // Nothing typed is lost.
      await expect(canvas.getByRole('textbox', { name: names.username })).toHaveValue(DEMO_USER.username);
      await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code }));
      await expect(args.onSuccess).not.toHaveBeenCalled();
      const send = canvas.getByRole('button', { name: names.send });
      if (e.action === 'wait') {
        // Held back while the wait runs, counting down in the message itself.
        await expect(send).toBeDisabled();
        await expect(canvas.getByRole('alert')).toHaveTextContent(e.text);
      } else {
        await expect(send).toBeEnabled();
      }
      // "Contact support" comes with the request id, so support can find the call.
      if (e.action === 'contactSupport')
        await expect(canvas.getByRole('alert')).toHaveTextContent(
          en.requestId({ requestId: DEMO_REQUEST_ID }),
        );
    },
  };
}

export const UserNotFoundException: Story = {
  ...requestErrorStory('UserNotFoundException'),
  name: 'UserNotFoundException',
};
export const InvalidParameterException: Story = {
  ...requestErrorStory('InvalidParameterException'),
  name: 'InvalidParameterException',
};
export const CodeDeliveryFailureException: Story = {
  ...requestErrorStory('CodeDeliveryFailureException'),
  name: 'CodeDeliveryFailureException',
};
export const InvalidSmsRoleAccessPolicyException: Story = {
  ...requestErrorStory('InvalidSmsRoleAccessPolicyException'),
  name: 'InvalidSmsRoleAccessPolicyException',
};
export const InvalidSmsRoleTrustRelationshipException: Story = {
  ...requestErrorStory('InvalidSmsRoleTrustRelationshipException'),
  name: 'InvalidSmsRoleTrustRelationshipException',
};
export const InvalidEmailRoleAccessPolicyException: Story = {
  ...requestErrorStory('InvalidEmailRoleAccessPolicyException'),
  name: 'InvalidEmailRoleAccessPolicyException',
};
export const LimitExceededException: Story = {
  ...requestErrorStory('LimitExceededException'),
  name: 'LimitExceededException',
};
export const TooManyRequestsException: Story = {
  ...requestErrorStory('TooManyRequestsException'),
  name: 'TooManyRequestsException',
};
export const NotAuthorizedException: Story = {
  ...requestErrorStory('NotAuthorizedException'),
  name: 'NotAuthorizedException',
};
export const ResourceNotFoundException: Story = {
  ...requestErrorStory('ResourceNotFoundException'),
  name: 'ResourceNotFoundException',
};
export const ForbiddenException: Story = {
  ...requestErrorStory('ForbiddenException'),
  name: 'ForbiddenException',
};
export const UnexpectedLambdaException: Story = {
  ...requestErrorStory('UnexpectedLambdaException'),
  name: 'UnexpectedLambdaException',
};
export const UserLambdaValidationException: Story = {
  ...requestErrorStory('UserLambdaValidationException'),
  name: 'UserLambdaValidationException',
};
export const InvalidLambdaResponseException: Story = {
  ...requestErrorStory('InvalidLambdaResponseException'),
  name: 'InvalidLambdaResponseException',
};
export const OperationNotEnabledException: Story = {
  ...requestErrorStory('OperationNotEnabledException'),
  name: 'OperationNotEnabledException',
};
export const InternalErrorException: Story = {
  ...requestErrorStory('InternalErrorException'),
  name: 'InternalErrorException',
};
// Raised by the kit itself (5)
export const NetworkError: Story = { ...requestErrorStory('NetworkError'), name: 'NetworkError' };
export const TimeoutError: Story = { ...requestErrorStory('TimeoutError'), name: 'TimeoutError' };
export const AbortError: Story = { ...requestErrorStory('AbortError'), name: 'AbortError' };
export const HttpError: Story = { ...requestErrorStory('HttpError'), name: 'HttpError' };
export const UnknownError: Story = { ...requestErrorStory('UnknownError'), name: 'UnknownError' };
