// The request step's error stories (stories/request-errors.stories.tsx) are made from REQUEST_CODES:
// it must list exactly the exceptions the service model gives ForgotPassword, as the pinned AWS SDK
// documents them (`@throws` on ForgotPasswordCommand), plus the kit's client-side codes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_ERRORS, CognitoError, describeError } from '../../src/core';
import { REQUEST_CODES } from '../../stories/support/error-play';

function sdkThrows(command: string): string[] {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@aws-sdk/client-cognito-identity-provider');
  const root = main.slice(0, main.lastIndexOf('/dist-'));
  const text = readFileSync(join(root, 'dist-types/commands', `${command}.d.ts`), 'utf8');
  const names = [...text.matchAll(/@throws \{@link (\w+)\}/g)].map((m) => m[1]!);
  // The SDK's base class is not an answer Cognito gives.
  return [...new Set(names)].filter((name) => name !== 'CognitoIdentityProviderServiceException');
}

describe('the request step’s error stories', () => {
  it('cover every exception ForgotPassword can answer, and the client codes', () => {
    const expected = [...sdkThrows('ForgotPasswordCommand'), ...CLIENT_ERRORS].sort();
    expect([...REQUEST_CODES].sort()).toEqual(expected);
  });

  it('word every one for the request step by the one table (none falls back to "unknown" but UnknownError)', () => {
    for (const code of REQUEST_CODES) {
      const d = describeError(new CognitoError({ code }), { operation: 'forgotPassword' });
      if (code !== 'UnknownError') expect(d.messageKey, code).not.toBe('unknown');
    }
  });
});
