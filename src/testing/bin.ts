#!/usr/bin/env node
// `npx react-cognito-reset local-cognito …`: the strict local Cognito for clients that are not
// JavaScript (the AWS CLI, other SDKs, a browser test runner in another process).
import { parseArgs } from 'node:util';
import type { MemoryClientInit, MemoryUserInit } from '../core/memory-pool';
import { startLocalCognito } from './local-cognito';

const USAGE = `Usage: react-cognito-reset local-cognito [options]

Serves a strict in-memory Cognito user pool (ForgotPassword, ConfirmForgotPassword,
InitiateAuth USER_PASSWORD_AUTH) as awsJson1_1 over HTTP, and prints each code it "sends".

  --port <n>                 TCP port (default 9229; 0 picks a free one)
  --host <address>           interface (default 127.0.0.1)
  --user <name>:<password>   a user, repeatable; an e-mail name gets a verified email,
                             an E.164 name (+15555550123) a verified phone_number
  --client <id>[:<secret>]   an app client, repeatable (default: one client "local")
  --policy <json>            password policy, e.g. '{"MinimumLength":10,"RequireSymbols":false}'
  --history <n>              PasswordHistorySize, 0-24 (default 0)
  --code-ttl <seconds>       how long a code stays valid (default 3600)
  --max-attempts <n>         wrong codes before LimitExceededException (default 5)
  --max-code-requests <n>    ForgotPassword calls an hour before LimitExceededException (default 5)
  --prevent-user-existence-errors
                             PreventUserExistenceErrors = ENABLED
  -h, --help                 this text

Codes are also readable at GET <endpoint>_local/code?username=<name>. Ctrl-C stops it.`;

function fail(message: string): never {
  process.stderr.write(`react-cognito-reset: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function integer(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) fail(`--${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

// Split at the first ':' — an e-mail or phone name holds none, a password may.
function pair(flag: string, raw: string): [string, string | undefined] {
  const at = raw.indexOf(':');
  if (at === 0) fail(`--${flag} "${raw.slice(0, 1)}…" has no name before ':'`);
  return at < 0 ? [raw, undefined] : [raw.slice(0, at), raw.slice(at + 1)];
}

function user(raw: string): MemoryUserInit {
  const [username, password] = pair('user', raw);
  if (password === undefined) fail(`--user ${username} needs a password: --user ${username}:<password>`);
  if (/^[^@\s]+@[^@\s]+$/.test(username)) return { username, password, email: username };
  if (/^\+\d{6,15}$/.test(username)) return { username, password, phone: username };
  return { username, password };
}

function client(raw: string): MemoryClientInit {
  const [clientId, clientSecret] = pair('client', raw);
  return clientSecret === undefined ? { clientId } : { clientId, clientSecret };
}

async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals[0] !== 'local-cognito' || positionals.length > 1) {
    fail(positionals.length ? `unknown command "${positionals.join(' ')}"` : 'no command given');
  }
  let policy: unknown;
  try {
    policy = values.policy === undefined ? undefined : JSON.parse(values.policy);
  } catch {
    fail('--policy must be JSON');
  }
  const codeTtl = integer('code-ttl', values['code-ttl']);
  const clients = (values.client ?? ['local']).map(client);
  let cognito: Awaited<ReturnType<typeof startLocalCognito>>;
  try {
    cognito = await startLocalCognito({
      host: values.host ?? '127.0.0.1',
      port: integer('port', values.port) ?? 9229,
      users: (values.user ?? []).map(user),
      clients,
      passwordPolicy: policy as never,
      passwordHistorySize: integer('history', values.history),
      codeTtlMs: codeTtl === undefined ? undefined : codeTtl * 1000,
      maxAttempts: integer('max-attempts', values['max-attempts']),
      maxCodeRequests: integer('max-code-requests', values['max-code-requests']),
      preventUserExistenceErrors: values['prevent-user-existence-errors'] ?? false,
      onCode: ({ username, code, delivery }) => {
        console.log(`code for ${username} (${delivery.medium} ${delivery.destination}): ${code}`);
      },
    });
  } catch (error) {
    process.stderr.write(`react-cognito-reset: ${(error as Error).message}\n`);
    process.exit(1);
  }
  console.log(`local Cognito listening
  endpoint    ${cognito.endpoint}
  client id   ${clients.map((c) => c.clientId + (c.clientSecret ? ' (with secret)' : '')).join(', ')}
  users       ${(values.user ?? []).map((u) => pair('user', u)[0]).join(', ') || '(none)'}
  codes       printed here, and at ${cognito.endpoint}_local/code?username=<name>
Ctrl-C stops it.`);
  const stop = (signal: NodeJS.Signals) => {
    void cognito.stop().then(() => {
      console.log(`stopped (${signal})`);
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      user: { type: 'string', multiple: true },
      client: { type: 'string', multiple: true },
      policy: { type: 'string' },
      history: { type: 'string' },
      'code-ttl': { type: 'string' },
      'max-attempts': { type: 'string' },
      'max-code-requests': { type: 'string' },
      'prevent-user-existence-errors': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

await main(process.argv.slice(2));
