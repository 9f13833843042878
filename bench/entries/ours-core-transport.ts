// `react-cognito-reset/core` as an app that only talks to Cognito uses it.
export { createCognitoTransport } from '../../src/core';
