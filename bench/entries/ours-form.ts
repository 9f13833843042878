// The drop-in, as `import { ConfirmResetForm } from 'react-cognito-reset'`.
export { ConfirmResetForm } from '../../src';
