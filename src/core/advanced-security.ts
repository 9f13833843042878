import type { UserContextData } from './types';

/** The global that Cognito's `amazon-cognito-advanced-security-data.min.js` script defines. */
interface AdvancedSecurityGlobal {
  AmazonCognitoAdvancedSecurityData?: {
    getData(username: string, userPoolId: string, clientId: string): unknown;
  };
}

/** Options of `advancedSecurityData`. */
export interface AdvancedSecurityDataOptions {
  /** The user pool id, e.g. `eu-west-1_AbCdEf123`. */
  userPoolId: string;
  /** The app client id. */
  clientId: string;
}

/**
 * A `userContextData` provider for `createCognitoTransport` that reads Cognito's threat-protection
 * fingerprint from `AmazonCognitoAdvancedSecurityData.getData(username, userPoolId, clientId)`.
 * Like Amplify, it sends nothing when the page did not load Cognito's script (or the script fails),
 * so a blocked script never blocks a password reset.
 */
export function advancedSecurityData({
  userPoolId,
  clientId,
}: AdvancedSecurityDataOptions): (username: string) => UserContextData | undefined {
  return (username) => {
    try {
      const data = (globalThis as AdvancedSecurityGlobal).AmazonCognitoAdvancedSecurityData?.getData(
        username,
        userPoolId,
        clientId,
      );
      return typeof data === 'string' && data ? { EncodedData: data } : undefined;
    } catch {
      return undefined;
    }
  };
}
