// amazon-cognito-identity-js: confirmPassword is a method of CognitoUser, which needs a pool.
import { CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';

/** The library's reset confirmation, wrapped in a promise the way apps call it. */
export function confirmPassword(
  poolData: { UserPoolId: string; ClientId: string },
  username: string,
  code: string,
  password: string,
): Promise<string> {
  const user = new CognitoUser({ Username: username, Pool: new CognitoUserPool(poolData) });
  return new Promise((onSuccess, onFailure) =>
    user.confirmPassword(code, password, { onSuccess, onFailure }),
  );
}
