// The bin, spawned as a user would run it, stopped by PID; and driven by the AWS CLI when it is
// installed (the test skips otherwise).
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoTransport } from '../../src/core/cognito-transport';

let dir: string;
let bin: string;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  // The bin from source, bundled as tsup bundles it, so this test needs no prior `npm run build`.
  dir = mkdtempSync(join(tmpdir(), 'rcr-bin-'));
  bin = join(dir, 'bin.mjs');
  await build({
    entryPoints: ['src/testing/bin.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bin,
    logLevel: 'silent',
  });
});

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Spawns the bin and collects its output; `until` resolves when a line matches. */
function run(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args]);
  children.push(child);
  let out = '';
  let err = '';
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      const match = out.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout.on('data', (chunk) => {
    out += chunk;
    check();
  });
  child.stderr.on('data', (chunk) => {
    err += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    exited,
    output: () => out,
    errors: () => err,
    until: (pattern: RegExp) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        waiters.push({ pattern, resolve });
        check();
        void exited.then(() => reject(new Error(`exited before ${pattern}: ${out}${err}`)));
      }),
  };
}

async function startBin(extra: string[] = []) {
  const proc = run([
    'local-cognito',
    '--port',
    '0',
    '--user',
    'alice@example.com:Old-pass1!',
    '--client',
    'web',
    ...extra,
  ]);
  const [, endpoint] = (await proc.until(/endpoint\s+(http:\/\/127\.0\.0\.1:\d+\/)/)) as [string, string];
  return { ...proc, endpoint };
}

describe('npx react-cognito-reset local-cognito', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'prints endpoint, client id and each code as issued; the code resets; %s stops it cleanly',
    async (signal) => {
      const proc = await startBin();
      expect(proc.output()).toMatch(/client id\s+web/);
      const transport = createCognitoTransport({ clientId: 'web', endpoint: proc.endpoint });
      await expect(transport.forgotPassword({ username: 'alice@example.com' })).resolves.toMatchObject({
        destination: 'a***@e***',
      });
      const [, code] = (await proc.until(
        /code for alice@example\.com \(EMAIL a\*\*\*@e\*\*\*\): (\d{6})/,
      )) as [string, string];
      await transport.confirmForgotPassword({ username: 'alice@example.com', code, password: 'New-pass1!' });
      process.kill(proc.child.pid!, signal);
      await expect(proc.exited).resolves.toEqual({ code: 0, signal: null });
      expect(proc.output()).toContain(`stopped (${signal})`);
      await expect(fetch(new URL('health', proc.endpoint))).rejects.toThrow();
    },
  );

  it('a client given with a secret needs the SecretHash', async () => {
    const proc = await startBin(['--client', 'server:s3cret']);
    expect(proc.output()).toMatch(/client id\s+web, server \(with secret\)/);
    const transport = createCognitoTransport({ clientId: 'server', endpoint: proc.endpoint });
    await expect(transport.forgotPassword({ username: 'alice@example.com' })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
    });
    process.kill(proc.child.pid!, 'SIGTERM');
    await proc.exited;
  });

  it.each([
    ['an unknown option', ['local-cognito', '--prot', '1'], /Unknown option '--prot'/],
    ['a user without password', ['local-cognito', '--user', 'alice'], /--user alice needs a password/],
    ['an unknown command', ['serve'], /unknown command "serve"/],
    ['no command', [], /no command given/],
    ['a port that is not a number', ['local-cognito', '--port', 'abc'], /--port must be a whole number/],
    ['a policy that is not JSON', ['local-cognito', '--policy', '{'], /--policy must be JSON/],
  ])('exits 2 with the usage for %s', async (_, args, message) => {
    const proc = run(args);
    await expect(proc.exited).resolves.toMatchObject({ code: 2 });
    expect(proc.errors()).toMatch(message);
    expect(proc.errors()).toContain('Usage: react-cognito-reset local-cognito');
  });

  it('exits 1 with the reason for an impossible policy', async () => {
    const proc = run(['local-cognito', '--port', '0', '--policy', '{"MinimumLength":3}']);
    await expect(proc.exited).resolves.toMatchObject({ code: 1 });
    expect(proc.errors()).toMatch(/MinimumLength/i);
  });
});

const hasAwsCli = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasAwsCli)('the bin with the AWS CLI', () => {
  // Dummy credentials and no profile: these operations are unauthenticated, but the CLI wants both.
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_MAX_ATTEMPTS: '1',
    AWS_PAGER: '',
  };
  const aws = (endpoint: string, args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('aws', ['cognito-idp', ...args, '--endpoint-url', endpoint, '--output', 'json'], {
        env,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => {
        stdout += c;
      });
      child.stderr.on('data', (c) => {
        stderr += c;
      });
      child.once('close', (status) => resolve({ status, stdout, stderr }));
    });

  it('forgot-password, a wrong code, the right code, then initiate-auth with the new password', async () => {
    const proc = await startBin();
    const sent = await aws(proc.endpoint, [
      'forgot-password',
      '--client-id',
      'web',
      '--username',
      'alice@example.com',
    ]);
    expect(sent.stderr).toBe('');
    expect(JSON.parse(sent.stdout)).toEqual({
      CodeDeliveryDetails: { Destination: 'a***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    const [, code] = (await proc.until(/code for alice@example\.com \(EMAIL a\*\*\*@e\*\*\*\): (\d{6})/)) as [
      string,
      string,
    ];
    const confirm = (confirmationCode: string) =>
      aws(proc.endpoint, [
        'confirm-forgot-password',
        '--client-id',
        'web',
        '--username',
        'alice@example.com',
        '--confirmation-code',
        confirmationCode,
        '--password',
        'New-pass1!',
      ]);
    const wrong = await confirm(code.replace(/.$/, (d) => String((Number(d) + 1) % 10)));
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('(CodeMismatchException)');
    expect(wrong.stderr).toContain('Invalid verification code provided, please try again.');
    const right = await confirm(code);
    expect(right.stderr).toBe('');
    expect(right.status).toBe(0);
    const signedIn = await aws(proc.endpoint, [
      'initiate-auth',
      '--auth-flow',
      'USER_PASSWORD_AUTH',
      '--client-id',
      'web',
      '--auth-parameters',
      'USERNAME=alice@example.com,PASSWORD=New-pass1!',
    ]);
    expect(signedIn.stderr).toBe('');
    expect(JSON.parse(signedIn.stdout).AuthenticationResult.TokenType).toBe('Bearer');
    process.kill(proc.child.pid!, 'SIGINT');
    await expect(proc.exited).resolves.toEqual({ code: 0, signal: null });
  }, 60_000);
});
