// The slot-drawn code field alone, the counterpart of input-otp.
export { CodeInput } from '../../src';
