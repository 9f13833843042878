export * from './types';
export * from './error-codes';
export { CognitoError, type CognitoErrorInit } from './cognito-error';
