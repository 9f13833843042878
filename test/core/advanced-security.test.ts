import { afterEach, describe, expect, it } from 'vitest';
import { advancedSecurityData } from '../../src/core/advanced-security';

// Cognito's amazon-cognito-advanced-security-data.min.js only runs in a browser page; these tests
// install an object with its documented global shape.
const g = globalThis as { AmazonCognitoAdvancedSecurityData?: unknown };

afterEach(() => {
  delete g.AmazonCognitoAdvancedSecurityData;
});

describe('advancedSecurityData', () => {
  const provider = advancedSecurityData({ userPoolId: 'eu-west-1_AbCdEf123', clientId: 'client1' });

  it('passes username, pool id and client id to getData and wraps the result as EncodedData', () => {
    const calls: unknown[][] = [];
    g.AmazonCognitoAdvancedSecurityData = {
      getData: (...args: unknown[]) => {
        calls.push(args);
        return 'eyJwYXlsb2FkIjoi...';
      },
    };
    expect(provider('alice')).toEqual({ EncodedData: 'eyJwYXlsb2FkIjoi...' });
    expect(calls).toEqual([['alice', 'eu-west-1_AbCdEf123', 'client1']]);
  });

  it('reads the global at call time, so a script that loads later is used', () => {
    expect(provider('alice')).toBeUndefined();
    g.AmazonCognitoAdvancedSecurityData = { getData: () => 'late' };
    expect(provider('alice')).toEqual({ EncodedData: 'late' });
  });

  it('sends nothing when the script throws or returns nothing usable', () => {
    g.AmazonCognitoAdvancedSecurityData = {
      getData: () => {
        throw new Error('fingerprinting blocked');
      },
    };
    expect(provider('alice')).toBeUndefined();
    for (const result of [undefined, '', 42, { EncodedData: 'x' }]) {
      g.AmazonCognitoAdvancedSecurityData = { getData: () => result };
      expect(provider('alice')).toBeUndefined();
    }
    g.AmazonCognitoAdvancedSecurityData = {};
    expect(provider('alice')).toBeUndefined();
  });
});
