// A complete reset step: the drop-in plus the fetch transport it needs to reach Cognito.
export { ConfirmResetForm } from '../../src';
export { createCognitoTransport } from '../../src/core';
