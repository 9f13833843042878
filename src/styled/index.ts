'use client';
export { CodeInput, type CodeInputProps } from './CodeInput';
export { ConfirmResetForm, type ConfirmResetFormProps } from './ConfirmResetForm';
export {
  ForgotPasswordForm,
  type ForgotPasswordFormProps,
  type ForgotPasswordUsernameProps,
} from './ForgotPasswordForm';
export {
  Code as ConfirmResetFormCode,
  ConfirmPassword as ConfirmResetFormConfirmPassword,
  type FieldPartProps,
  Password as ConfirmResetFormPassword,
  Username as ConfirmResetFormUsername,
} from './fields';
export { PasswordReset, type PasswordResetProps } from './PasswordReset';
export {
  DeliveryHint as ConfirmResetFormDeliveryHint,
  ErrorMessage as ConfirmResetFormError,
  Policy as ConfirmResetFormPolicy,
  Resend as ConfirmResetFormResend,
  Submit as ConfirmResetFormSubmit,
  Success as ConfirmResetFormSuccess,
  type SuccessProps,
} from './parts';
