import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PasswordReset, type PasswordResetStep } from '../../src';
import { createMemoryTransport } from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator } from '../../src/i18n/messages';

const OLD = 'Old-pass1!';
const NEW = 'Brand-new2?';
const t = createTranslator(en);

const pool = () =>
  createMemoryTransport({ users: [{ username: 'alice', password: OLD, email: 'alice@example.com' }] });

async function noViolations(node: Element) {
  let result!: axe.AxeResults;
  await act(async () => {
    result = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

async function request(user: ReturnType<typeof userEvent.setup>, username: string) {
  await user.type(screen.getByLabelText('Username'), username);
  await user.click(screen.getByRole('button', { name: t('requestSubmit') }));
}

async function confirm(user: ReturnType<typeof userEvent.setup>, code: string) {
  await user.type(screen.getByLabelText('Verification code'), code);
  await user.type(screen.getByLabelText('New password'), NEW);
  await user.type(screen.getByLabelText('Confirm new password'), NEW);
  await user.click(screen.getByRole('button', { name: t('submit') }));
}

describe('<PasswordReset>', () => {
  it('runs request → confirm → success with the issued code, focusing each step heading', async () => {
    const transport = pool();
    const onStepChange = vi.fn();
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    const { container } = render(
      <PasswordReset transport={transport} onStepChange={onStepChange} onSuccess={onSuccess} />,
    );
    const first = screen.getByRole('heading', { name: t('requestHeading') });
    // A page load never moves focus.
    expect(first).not.toHaveFocus();
    await noViolations(container);

    await request(user, 'alice');
    const heading = await screen.findByRole('heading', { name: t('heading') });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(t('deliveryEmail', { destination: 'a***@e***' }))).toBeInTheDocument();
    // The username travels on as the hidden field password managers read.
    expect(screen.getByDisplayValue('alice')).toHaveAttribute('autocomplete', 'username');
    await noViolations(container);

    await confirm(user, transport.pendingCode('alice')!);
    const done = await screen.findByRole('heading', { name: t('successHeading') });
    await waitFor(() => expect(done).toHaveFocus());
    expect(onStepChange.mock.calls.map((c) => c[0])).toEqual(['confirm', 'success']);
    expect(onSuccess).toHaveBeenCalledWith({ username: 'alice' });
    expect(transport.signIn('alice', NEW)).toBe(true);
    expect(transport.signIn('alice', OLD)).toBe(false);
    expect(screen.queryByRole('button', { name: t('changeUsername') })).toBeNull();
  });

  it('"I already have a code" goes straight to the confirm step, which asks for the username', async () => {
    const transport = pool();
    await transport.forgotPassword({ username: 'alice' });
    const user = userEvent.setup();
    render(<PasswordReset transport={transport} />);
    await user.click(screen.getByRole('button', { name: t('haveCode') }));
    const heading = await screen.findByRole('heading', { name: t('heading') });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(transport.calls.filter((c) => c.operation === 'ForgotPassword')).toHaveLength(1);
    await user.type(screen.getByLabelText('Username'), 'alice');
    await confirm(user, transport.pendingCode('alice')!);
    await screen.findByRole('heading', { name: t('successHeading') });
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('"Use a different username" goes back with the field filled and focus on the heading', async () => {
    const user = userEvent.setup();
    render(<PasswordReset transport={pool()} />);
    await request(user, 'alice');
    await user.click(await screen.findByRole('button', { name: t('changeUsername') }));
    const heading = await screen.findByRole('heading', { name: t('requestHeading') });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByLabelText('Username')).toHaveValue('alice');
  });

  it('an unknown username moves on exactly like a known one (no error, neutral words)', async () => {
    const user = userEvent.setup();
    render(<PasswordReset transport={pool()} />);
    await request(user, 'ghost');
    expect(await screen.findByRole('heading', { name: t('heading') })).toBeInTheDocument();
    expect(screen.getByText(t('intro'))).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('follows a controlled step: asks the app, moves only when the app says so', async () => {
    const seen: PasswordResetStep[] = [];
    function Routed() {
      const [step, setStep] = useState<PasswordResetStep>('confirm');
      return (
        <>
          <PasswordReset
            transport={pool()}
            step={step}
            defaultUsername="alice"
            onStepChange={(next) => {
              seen.push(next);
              if (next !== 'request') setStep(next);
            }}
          />
          <button type="button" onClick={() => setStep('request')}>
            router back
          </button>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Routed />);
    expect(screen.getByRole('heading', { name: t('heading') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('changeUsername') }));
    expect(seen).toEqual(['request']);
    // The app refused: still on the confirm step.
    expect(screen.getByRole('heading', { name: t('heading') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'router back' }));
    expect(await screen.findByRole('heading', { name: t('requestHeading') })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveValue('alice');
  });

  it('starts at defaultStep="confirm" with a link code (defaultCode) and username', async () => {
    const transport = pool();
    await transport.forgotPassword({ username: 'alice' });
    const user = userEvent.setup();
    render(
      <PasswordReset
        transport={transport}
        defaultStep="confirm"
        defaultUsername="alice"
        defaultCode={transport.pendingCode('alice')}
      />,
    );
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: t('submit') }));
    await screen.findByRole('heading', { name: t('successHeading') });
    expect(transport.signIn('alice', NEW)).toBe(true);
  });
});
