import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useCallback, useMemo } from 'react';
import { expect, waitFor } from 'storybook/test';
import { createCognitoTransport } from '../../src/core';
import { en } from '../../src/i18n/en';
import { expectSuccess, names, passwordInput, submit } from '../support/play';
import { LiveReset } from './LiveReset';
import { readStrictCode, type StrictPoolConfig, strictPool } from './strict-config';

function StrictLive({ pool }: { pool: StrictPoolConfig }) {
  const transport = useMemo(
    () => createCognitoTransport({ clientId: pool.clientId, endpoint: pool.endpoint }),
    [pool.clientId, pool.endpoint],
  );
  const read = useCallback((name: string) => readStrictCode(pool.endpoint, name), [pool.endpoint]);
  return (
    <>
      <p className="live-target" data-testid="strict-limits">
        Codes expire after {pool.codeTtlSeconds} s · {pool.maxAttempts} wrong codes lock the reset ·{' '}
        {pool.maxCodeRequests} codes per hour · the last {pool.passwordHistorySize} passwords cannot be reused
      </p>
      <LiveReset
        transport={transport}
        target={`strict local Cognito (react-cognito-reset/testing) at ${pool.endpoint} · client ${pool.clientId}`}
        defaultUsername={pool.username}
        passwordPolicy={pool.passwordPolicy}
        readCode={read}
      />
    </>
  );
}

function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="rcr" data-testid="live-notice">
      <h2 className="rcr-heading">Not connected</h2>
      <div className="rcr-intro">{children}</div>
    </div>
  );
}

const meta: Meta = {
  title: 'Live/Strict local Cognito',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A whole reset against `startLocalCognito` from `react-cognito-reset/testing`: the kit’s strict pool over HTTP, which `npm start` runs beside cognito-local. Unlike cognito-local it enforces the policy, code expiry, attempt and request limits and password history, so those errors happen for real.',
      },
    },
  },
  render: () => {
    const pool = strictPool();
    return pool ? (
      <StrictLive pool={pool} />
    ) : (
      <Notice>
        <p>No strict local Cognito is configured.</p>
        <p>
          Start the playground with <code>npm start</code>: it runs the strict local Cognito (user{' '}
          <code>demo</code>) and opens this story connected to it.
        </p>
      </Notice>
    );
  },
};
export default meta;
type Story = StoryObj;

/** Send a code, break the policy, try the history, then finish. */
export const Strict: Story = { name: 'Strict local Cognito' };

/**
 * The same story, played by a script: a wrong code is CodeMismatchException, the current password
 * is PasswordHistoryPolicyViolationException (cognito-local accepts both), then the reset succeeds.
 */
export const StrictScripted: Story = {
  name: 'Strict local Cognito, played by a script',
  play: async ({ canvas, canvasElement, userEvent }) => {
    const pool = strictPool();
    if (!pool) {
      await expect(canvas.getByTestId('live-notice')).toBeVisible();
      return;
    }
    await userEvent.click(await canvas.findByRole('button', { name: 'Send code' }));
    const inbox = await canvas.findByTestId('live-code', {}, { timeout: 5000 });
    await waitFor(() => expect(inbox.textContent).toMatch(/^\d{6}$/));
    const code = inbox.textContent ?? '';
    const codeInput = canvas.getByLabelText(names.code);
    const wrong = code.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    await userEvent.type(codeInput, wrong);
    await userEvent.type(passwordInput(canvas), pool.password);
    await userEvent.type(canvas.getByLabelText(names.confirm), pool.password);
    await submit(canvas, userEvent);
    await waitFor(() => expect(codeInput).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    await expect(codeInput).toHaveAccessibleDescription(expect.stringContaining(en.errors.codeMismatch));

    await userEvent.clear(codeInput);
    await userEvent.type(codeInput, code);
    await submit(canvas, userEvent);
    // The right code, but the password the account already has: only a strict pool refuses it.
    await waitFor(() => expect(passwordInput(canvas)).toHaveAttribute('aria-invalid', 'true'), {
      timeout: 5000,
    });
    await expect(passwordInput(canvas)).toHaveAccessibleDescription(
      expect.stringContaining(en.errors.passwordReused),
    );

    for (const field of [passwordInput(canvas), canvas.getByLabelText(names.confirm)]) {
      await userEvent.clear(field);
      await userEvent.type(field, 'Fresh-start9!');
    }
    await submit(canvas, userEvent);
    await expectSuccess(canvas, canvasElement);
  },
};
