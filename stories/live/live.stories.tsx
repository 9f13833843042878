import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useCallback, useMemo } from 'react';
import { expect, waitFor } from 'storybook/test';
import { type CognitoPasswordPolicy, createCognitoTransport } from '../../src/core';
import { createProxyTransport } from '../../src/core/proxy-transport';
import { en } from '../../src/i18n/en';
import { expectStepHeading, expectSuccess, names, passwordInput, submit } from '../support/play';
import { LiveReset } from './LiveReset';
import {
  COGNITO_DEFAULT_POLICY,
  type LocalPoolConfig,
  loadLocalPool,
  localHelperUrl,
  readLocalCode,
  realPoolDefaults,
  signInWithPassword,
} from './live-config';

/** Controls of the live stories. */
interface LiveArgs {
  /** The account to reset. */
  username: string;
  /** A real pool's region, e.g. `eu-west-1`. */
  region: string;
  /** A real pool's public app client id (no secret: a secret needs the proxy). */
  clientId: string;
  /** Where `createResetHandler` is mounted, e.g. `http://127.0.0.1:8787/reset`. */
  proxyUrl: string;
  /** The pool's password policy, as Cognito's `PasswordPolicy` (the page cannot read it). */
  passwordPolicy: CognitoPasswordPolicy;
}

const meta: Meta<LiveArgs> = {
  title: 'Live/Cognito',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A whole reset against a real Cognito API. `npm start` runs a seeded cognito-local (user `demo`, starting password shown beside the form), shows the code it sent, and after the reset signs in with InitiateAuth to prove the new password works and the old one does not. The other stories point at a real region and client id, or at the kit’s server handler.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<LiveArgs>;

function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="rcr" data-testid="live-notice">
      <h2 className="rcr-heading">Not connected</h2>
      <div className="rcr-intro">{children}</div>
    </div>
  );
}

/** The local pool's live reset; `username` '' means the pool's own demo user. */
function LocalLive({ pool, username }: { pool: LocalPoolConfig; username: string }) {
  const transport = useMemo(
    () => createCognitoTransport({ clientId: pool.clientId, endpoint: pool.endpoint }),
    [pool.clientId, pool.endpoint],
  );
  const readCode = useCallback((name: string) => readLocalCode(pool.helperUrl, name), [pool.helperUrl]);
  const signIn = useCallback(
    (name: string, password: string) => signInWithPassword(pool.endpoint, pool.clientId, name, password),
    [pool.endpoint, pool.clientId],
  );
  const user = username || pool.username;
  return (
    <LiveReset
      transport={transport}
      target={`cognito-local at ${pool.endpoint} · pool ${pool.userPoolId} · client ${pool.clientId}`}
      defaultUsername={user}
      passwordPolicy={pool.passwordPolicy}
      readCode={readCode}
      signIn={signIn}
      credentials={user && pool.password ? { username: user, password: pool.password } : undefined}
    />
  );
}

/** Loads the local pool's coordinates from the helper `npm start` (or the story tests) started. */
async function loadLocal() {
  const helper = localHelperUrl();
  if (!helper) return { pool: null, problem: 'No cognito-local helper is configured.' };
  try {
    return { pool: await loadLocalPool(helper), problem: null };
  } catch (error) {
    return {
      pool: null,
      problem: `The cognito-local helper at ${helper} did not answer (${(error as Error).message}).`,
    };
  }
}

function NotConnected({ problem }: { problem: string }) {
  return (
    <Notice>
      <p>{problem}</p>
      <p>
        Start the playground with <code>npm start</code>: it runs cognito-local, seeds a pool and the user
        <code> demo</code>, and opens this story connected to it.
      </p>
    </Notice>
  );
}

/**
 * The cognito-local that `npm start` seeded: press "Send code", read the code it "sent", finish the
 * reset. The policy shown is the one the pool holds (DescribeUserPool), 10 characters, no symbol.
 */
export const LocalCognito: Story = {
  name: 'cognito-local',
  // '' = the pool's demo user (`npm start` names it; scripts/cognito-local-dev.mjs seeds it).
  args: { username: '' },
  argTypes: {
    region: { table: { disable: true } },
    clientId: { table: { disable: true } },
    proxyUrl: { table: { disable: true } },
    passwordPolicy: { table: { disable: true } },
  },
  loaders: [loadLocal],
  render: (args, { loaded }) =>
    loaded.pool ? (
      <LocalLive pool={loaded.pool} username={args.username} />
    ) : (
      <NotConnected problem={loaded.problem} />
    ),
};

/**
 * The same reset, played by a script (and by `npm run test:stories`) on its own demo user, so it
 * never changes the password a person was shown: the whole `<PasswordReset>` flow — send a code
 * (ForgotPassword), read the code cognito-local issued, type a wrong one (CodeMismatchException),
 * then the right one; then sign in: the old password is refused, the new one signs in.
 */
export const LocalCognitoScripted: Story = {
  ...LocalCognito,
  name: 'cognito-local, played by a script',
  render: (args, { loaded }) =>
    loaded.pool ? (
      <LocalLive pool={loaded.pool} username={args.username || loaded.pool.scriptUsername || ''} />
    ) : (
      <NotConnected problem={loaded.problem} />
    ),
  play: async ({ canvas, canvasElement, loaded, userEvent }) => {
    const pool = loaded.pool as LocalPoolConfig | null;
    await expect(pool, 'the cognito-local helper answered').not.toBeNull();
    // Unique per run, so a second run (the playground replays play functions) is a real change too.
    const fresh = `Fresh-start${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    // The request step of <PasswordReset>, its field filled with the script's own user.
    const username = await canvas.findByRole('textbox', { name: names.username });
    await expect(username).toHaveValue(pool!.scriptUsername);
    await userEvent.click(canvas.getByRole('button', { name: names.send }));
    // ForgotPassword answered: the confirm step took focus on its heading and says where the code went.
    await expectStepHeading(canvas, en.heading);
    await expect(canvasElement.querySelector('[data-slot="delivery"]')).toHaveTextContent(
      en.deliveryEmail({ destination: '' }).replace(/ \.$/, ''),
    );
    const inbox = await canvas.findByTestId('live-code');
    await waitFor(() => expect(inbox.textContent).toMatch(/^\d{6}$/));
    const code = inbox.textContent ?? '';
    // The pool's own policy reached the checklist: 10 characters, and no symbol rule.
    await expect(canvas.getByText(en.rules.minLength({ min: 10 }))).toBeVisible();
    await expect(canvasElement.querySelector('[data-rule="symbol"]')).toBeNull();
    // The demo credentials are on screen.
    await expect(canvas.getByTestId('live-credentials')).toHaveTextContent(pool!.password!);

    const codeInput = canvas.getByLabelText(names.code);
    const wrong = code.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    await userEvent.type(codeInput, wrong);
    await userEvent.type(passwordInput(canvas), fresh);
    await userEvent.type(canvas.getByLabelText(names.confirm), fresh);
    await submit(canvas, userEvent);
    // cognito-local checks codes for real: CodeMismatchException, shown at the code field.
    await waitFor(() => expect(codeInput).toHaveAttribute('aria-invalid', 'true'));
    await expect(codeInput).toHaveAccessibleDescription(expect.stringContaining(en.errors.codeMismatch));
    await expect(passwordInput(canvas)).toHaveValue(fresh);

    await userEvent.clear(codeInput);
    await userEvent.type(codeInput, code);
    await submit(canvas, userEvent);
    await expectSuccess(canvas, canvasElement);

    // "Continue to sign in" leads to sign-in, not back to "Forgot your password?".
    await userEvent.click(canvas.getByRole('button', { name: en.continue }));
    const password = await canvas.findByLabelText('Password');
    const result = canvas.getByRole('status');
    await userEvent.type(password, pool!.password!);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(result).toHaveAttribute('data-result', 'refused'));
    await expect(result).toHaveTextContent(/(NotAuthorizedException|InvalidPasswordException) \(try 1\)/);
    await userEvent.clear(password);
    await userEvent.type(password, fresh);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(result).toHaveTextContent(/\(try 2\)/));
    await expect(result).toHaveAttribute('data-result', 'ok');
  },
};

/** A real user pool: set `region` and `clientId` (controls, or `STORYBOOK_COGNITO_REGION` / `STORYBOOK_COGNITO_CLIENT_ID`). */
export const RealCognito: Story = {
  name: 'Real Cognito (region + client id)',
  args: {
    username: '',
    region: realPoolDefaults.region,
    clientId: realPoolDefaults.clientId,
    passwordPolicy: COGNITO_DEFAULT_POLICY,
  },
  argTypes: { proxyUrl: { table: { disable: true } } },
  render: (args) => <RealLive {...args} />,
};

function RealLive({ region, clientId, username, passwordPolicy }: LiveArgs) {
  const made = useMemo(() => {
    if (!region || !clientId) return null;
    try {
      return { transport: createCognitoTransport({ region, clientId }) };
    } catch (error) {
      return { problem: (error as Error).message };
    }
  }, [region, clientId]);
  if (!made || 'problem' in made) {
    return (
      <Notice>
        <p>{made?.problem ?? 'Set a region and an app client id in the controls below.'}</p>
        <p>
          Or start the playground with{' '}
          <code>STORYBOOK_COGNITO_REGION=eu-west-1 STORYBOOK_COGNITO_CLIENT_ID=… npm start</code>. The client
          must have no secret; a client with a secret needs the proxy story.
        </p>
      </Notice>
    );
  }
  return (
    <LiveReset
      transport={made.transport}
      target={`Cognito in ${region} · client ${clientId}`}
      defaultUsername={username}
      passwordPolicy={passwordPolicy}
    />
  );
}

/** The kit's server handler (`createResetHandler`) in front of a pool: set `proxyUrl` (or `STORYBOOK_COGNITO_PROXY_URL`). */
export const ThroughProxy: Story = {
  name: 'Through a proxy (createResetHandler)',
  args: {
    username: '',
    proxyUrl: realPoolDefaults.proxyUrl,
    passwordPolicy: COGNITO_DEFAULT_POLICY,
  },
  argTypes: { region: { table: { disable: true } }, clientId: { table: { disable: true } } },
  render: (args) => <ProxyLive {...args} />,
};

function ProxyLive({ proxyUrl, username, passwordPolicy }: LiveArgs) {
  const made = useMemo(() => {
    if (!proxyUrl) return null;
    try {
      return { transport: createProxyTransport({ url: proxyUrl }) };
    } catch (error) {
      return { problem: (error as Error).message };
    }
  }, [proxyUrl]);
  if (!made || 'problem' in made) {
    return (
      <Notice>
        <p>{made?.problem ?? 'Set the URL where createResetHandler is mounted in the controls below.'}</p>
      </Notice>
    );
  }
  return (
    <LiveReset
      transport={made.transport}
      target={`Proxy at ${proxyUrl}`}
      defaultUsername={username}
      passwordPolicy={passwordPolicy}
    />
  );
}
