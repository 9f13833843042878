// input-otp, the library our CodeInput's one-input-drawn-as-slots design follows.
export { OTPInput } from 'input-otp';
