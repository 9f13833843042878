// The headless hook, as `import { useConfirmForgotPassword } from 'react-cognito-reset'`.
export { useConfirmForgotPassword } from '../../src';
