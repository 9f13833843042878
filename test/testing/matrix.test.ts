// The reset scenario matrix, four ways: the memory transport in-process, the HTTP server of
// `startLocalCognito` through the kit's fetch transport, through the Server Actions and their
// transport, and the AWS SDK v3 client against the same server. Each must give the answers the
// table expects, and all of them the same answers.

import { readFileSync } from 'node:fs';
import {
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, it } from 'vitest';
import { createActionTransport } from '../../src/core/action-transport';
import { CognitoError } from '../../src/core/cognito-error';
import { createCognitoTransport } from '../../src/core/cognito-transport';
import {
  createMemoryTransport,
  type MemoryCodeEvent,
  type MemoryTransportOptions,
} from '../../src/core/memory-transport';
import { computeSecretHash } from '../../src/core/secret-hash';
import { toCognitoError } from '../../src/core/to-cognito-error';
import type { CodeDelivery } from '../../src/core/types';
import { callCognito } from '../../src/core/wire';
import { createResetActions } from '../../src/server';
import { startLocalCognito } from '../../src/testing';
import {
  basePool,
  type ClientChoice,
  MATRIX,
  type MatrixRow,
  renderMatrix,
  SECRET,
  START,
} from './reset-matrix';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** What a way must be able to do; every method rejects with a CognitoError. */
interface Driver {
  forgot(username: string): Promise<CodeDelivery>;
  confirm(username: string, code: string, password: string): Promise<void>;
  signIn(username: string, password: string): Promise<void>;
}

/** The ClientId and SecretHash provider a row's client choice stands for. */
function clientOf(choice: ClientChoice = 'web') {
  const clientId = { web: 'web', unknown: 'mobile' }[choice as string] ?? 'server';
  const secret =
    choice === 'server' ? SECRET : choice === 'server-wrong-secret' ? 'not-the-secret' : undefined;
  const secretHash = secret ? (username: string) => computeSecretHash(secret, username, clientId) : undefined;
  return { clientId, secretHash, secret };
}

interface Setup {
  driver: Driver;
  stop?: () => Promise<void>;
}

type Way = (options: MemoryTransportOptions, choice: ClientChoice | undefined) => Promise<Setup>;

const WAYS: Record<string, Way> = {
  'memory transport (in-process)': async (options, choice) => {
    const { clientId, secretHash } = clientOf(choice);
    const pool = createMemoryTransport({ ...options, clientId, ...(secretHash ? { secretHash } : {}) });
    return {
      driver: {
        forgot: (username) => pool.forgotPassword({ username }),
        confirm: async (username, code, password) => {
          await pool.confirmForgotPassword({ username, code, password });
        },
        signIn: async (USERNAME, PASSWORD) => {
          const SECRET_HASH = await secretHash?.(USERNAME);
          await pool.receive('InitiateAuth', {
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: clientId,
            AuthParameters: { USERNAME, PASSWORD, ...(SECRET_HASH ? { SECRET_HASH } : {}) },
          });
        },
      },
    };
  },

  'HTTP server through createCognitoTransport': async (options, choice) => {
    const { clientId, secretHash } = clientOf(choice);
    const cognito = await startLocalCognito(options);
    const transport = createCognitoTransport({ clientId, endpoint: cognito.endpoint, secretHash });
    return {
      driver: {
        forgot: (username) => transport.forgotPassword({ username }),
        confirm: (username, code, password) => transport.confirmForgotPassword({ username, code, password }),
        // The kit's own wire layer: the same request building and error parsing as the transport.
        signIn: async (USERNAME, PASSWORD) => {
          const SECRET_HASH = await secretHash?.(USERNAME);
          await callCognito(
            { url: cognito.endpoint },
            'InitiateAuth' as never,
            {
              AuthFlow: 'USER_PASSWORD_AUTH',
              ClientId: clientId,
              AuthParameters: { USERNAME, PASSWORD, SECRET_HASH },
            },
            undefined,
            [PASSWORD],
          );
        },
      },
      stop: cognito.stop,
    };
  },

  'HTTP server through Server Actions (createResetActions + createActionTransport)': async (
    options,
    choice,
  ) => {
    const { clientId, secretHash, secret } = clientOf(choice);
    const cognito = await startLocalCognito(options);
    const transport = createActionTransport(
      createResetActions({ clientId, clientSecret: secret, endpoint: cognito.endpoint }),
    );
    return {
      driver: {
        forgot: (username) => transport.forgotPassword({ username }),
        confirm: (username, code, password) => transport.confirmForgotPassword({ username, code, password }),
        signIn: async (USERNAME, PASSWORD) => {
          const SECRET_HASH = await secretHash?.(USERNAME);
          await callCognito(
            { url: cognito.endpoint },
            'InitiateAuth' as never,
            {
              AuthFlow: 'USER_PASSWORD_AUTH',
              ClientId: clientId,
              AuthParameters: { USERNAME, PASSWORD, SECRET_HASH },
            },
            undefined,
            [PASSWORD],
          );
        },
      },
      stop: cognito.stop,
    };
  },

  'HTTP server through the AWS SDK v3 client': async (options, choice) => {
    const { clientId, secretHash } = clientOf(choice);
    const cognito = await startLocalCognito(options);
    const sdk = new CognitoIdentityProviderClient({
      endpoint: cognito.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      // LimitExceededException counts as throttling to the SDK: a retry would be a second request.
      maxAttempts: 1,
    });
    const send = async <T>(run: () => Promise<T>): Promise<T> => {
      try {
        return await run();
      } catch (error) {
        throw toCognitoError(error);
      }
    };
    return {
      driver: {
        forgot: (Username) =>
          send(async () => {
            const SecretHash = await secretHash?.(Username);
            const out = await sdk.send(
              new ForgotPasswordCommand({ ClientId: clientId, Username, SecretHash }),
            );
            const d = out.CodeDeliveryDetails;
            return {
              destination: d?.Destination,
              medium: d?.DeliveryMedium as 'EMAIL',
              attributeName: d?.AttributeName,
            };
          }),
        confirm: (Username, ConfirmationCode, Password) =>
          send(async () => {
            const SecretHash = await secretHash?.(Username);
            await sdk.send(
              new ConfirmForgotPasswordCommand({
                ClientId: clientId,
                Username,
                ConfirmationCode,
                Password,
                SecretHash,
              }),
            );
          }),
        signIn: (USERNAME, PASSWORD) =>
          send(async () => {
            const SECRET_HASH = await secretHash?.(USERNAME);
            const out = await sdk.send(
              new InitiateAuthCommand({
                AuthFlow: 'USER_PASSWORD_AUTH',
                ClientId: clientId,
                AuthParameters: { USERNAME, PASSWORD, ...(SECRET_HASH ? { SECRET_HASH } : {}) },
              }),
            );
            if (!out.AuthenticationResult?.AccessToken) throw new Error('no tokens');
          }),
      },
      stop: async () => {
        sdk.destroy();
        await cognito.stop();
      },
    };
  },
};

/** One answer: what the table compares (`expect`) and what the ways must agree on (`detail`). */
interface Answer {
  outcome: string;
  detail: string;
}

async function answer(run: () => Promise<unknown>): Promise<Answer> {
  try {
    const delivery = (await run()) as CodeDelivery | undefined;
    if (!delivery) return { outcome: 'ok', detail: 'ok' };
    const outcome = `${delivery.medium} ${delivery.destination}`;
    return { outcome, detail: `${outcome} (${delivery.attributeName})` };
  } catch (error) {
    if (!CognitoError.is(error)) throw error;
    return { outcome: error.code, detail: `${error.code}: ${error.message}` };
  }
}

async function runRow(way: Way, row: MatrixRow): Promise<Answer[]> {
  const clock = { t: START };
  const codes: MemoryCodeEvent[] = [];
  const base = basePool();
  const { driver, stop } = await way(
    { ...base, ...row.pool, now: () => clock.t, onCode: (event) => codes.push(event) },
    row.client,
  );
  const codeFor = (username: string, which: 'last' | 'previous' | 'wrong' | 'empty'): string => {
    if (which === 'empty') return '';
    const mine = codes.filter((event) => event.username.toLowerCase() === username.toLowerCase());
    const last = mine.at(-1)?.code ?? '135790';
    if (which === 'wrong') return last.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    return (which === 'previous' ? mine.at(-2)?.code : last) ?? '';
  };
  const userOf = (name: string) => (name.includes('@') && name.split('@')[0] ? name.split('@')[0]! : name);
  const answers: Answer[] = [];
  try {
    for (const step of row.steps) {
      if ('advanceMs' in step) clock.t += step.advanceMs;
      else if ('forgot' in step) answers.push(await answer(() => driver.forgot(step.forgot)));
      else if ('confirm' in step) {
        const code = codeFor(userOf(step.confirm), step.code);
        answers.push(await answer(() => driver.confirm(step.confirm, code, step.password)));
      } else answers.push(await answer(() => driver.signIn(step.signIn, step.password)));
    }
  } finally {
    await stop?.();
  }
  return answers;
}

const results = new Map<string, Answer[][]>();
const expected = (row: MatrixRow) =>
  row.steps.filter((step) => !('advanceMs' in step)).map((step) => (step as { expect: string }).expect);

for (const [name, way] of Object.entries(WAYS)) {
  describe(`the reset matrix: ${name}`, () => {
    it.each(MATRIX.map((row) => [row.scenario, row] as const))('%s', async (_, row) => {
      const answers = await runRow(way, row);
      expect(answers.map((a) => a.outcome)).toEqual(expected(row));
      const seen = results.get(row.scenario) ?? [];
      seen.push(answers);
      results.set(row.scenario, seen);
    });
  });
}

describe('the ways agree', () => {
  afterAll(() => results.clear());
  it('gave identical answers, messages and deliveries included, for every row', () => {
    expect(results.size).toBe(MATRIX.length);
    for (const [scenario, byWay] of results) {
      expect(byWay, scenario).toHaveLength(Object.keys(WAYS).length);
      for (const other of byWay.slice(1)) expect(other, scenario).toEqual(byWay[0]);
    }
  });

  it('the README lists the matrix exactly as the tests run it', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(renderMatrix());
  });
});
