import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { ForgotPasswordForm } from '../../src';
import {
  CLIENT_ERRORS,
  CONFIRM_FORGOT_PASSWORD_ERRORS,
  CognitoError,
  createMemoryTransport,
  describeError,
  FORGOT_PASSWORD_ERRORS,
  type ResetTransport,
} from '../../src/core';
import { en } from '../../src/i18n/en';
import fr from '../../src/i18n/locales/fr';
import { createTranslator } from '../../src/i18n/messages';

const t = createTranslator(en);

function pool(extra: Partial<Parameters<typeof createMemoryTransport>[0]> = {}) {
  return createMemoryTransport({
    users: [
      { username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' },
      { username: 'pat', password: 'Old-pass1!', phone: '+15555550123' },
    ],
    ...extra,
  });
}

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

describe('<ForgotPasswordForm> drop-in', () => {
  it('requests a code and shows where it went, focusing the heading', async () => {
    const transport = pool();
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<ForgotPasswordForm transport={transport} onSuccess={onSuccess} />);
    expect(screen.getByRole('heading', { name: t('requestHeading') })).toBeInTheDocument();
    expect(screen.getByText(t('requestIntro'))).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    await noViolations(container);
    await request(user, 'alice');
    const heading = await screen.findByRole('heading', { name: t('codeSentHeading') });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(t('deliveryEmail', { destination: 'a***@e***' }))).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(onSuccess).toHaveBeenCalledWith({
      username: 'alice',
      delivery: { destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' },
    });
    await noViolations(container);
  });

  it('words an SMS delivery', async () => {
    const user = userEvent.setup();
    render(<ForgotPasswordForm transport={pool()} />);
    await request(user, 'pat');
    expect(await screen.findByText(t('deliverySms', { destination: '+*******0123' }))).toBeInTheDocument();
  });

  it('words an unknown username exactly as a delivery without details', async () => {
    const user = userEvent.setup();
    const unknown = render(<ForgotPasswordForm transport={pool()} />);
    await request(user, 'ghost');
    const neutral = await screen.findByText(t('codeSentNeutral'));
    const unknownText = unknown.container.textContent;
    expect(screen.queryByRole('alert')).toBeNull();
    unknown.unmount();

    const silent: ResetTransport = {
      forgotPassword: async () => ({}),
      confirmForgotPassword: async () => {},
    };
    const known = render(<ForgotPasswordForm transport={silent} />);
    await request(user, 'alice');
    await screen.findByText(t('codeSentNeutral'));
    expect(known.container.textContent).toBe(unknownText);
    expect(neutral.textContent).not.toMatch(/ghost|exist(s)? not|not found/i);
  });

  const codes = [
    ...new Set([...FORGOT_PASSWORD_ERRORS, ...CONFIRM_FORGOT_PASSWORD_ERRORS, ...CLIENT_ERRORS]),
  ].filter((code) => code !== 'UserNotFoundException' && code !== 'AbortError');
  it.each(codes)('words %s for a request, in its place, never the raw code', async (code) => {
    const error = new CognitoError({ code, status: 400, requestId: 'req-42' });
    const transport = pool({ fail: () => error });
    const user = userEvent.setup();
    const { container } = render(<ForgotPasswordForm transport={transport} />);
    await request(user, 'alice');
    const d = describeError(error, { operation: 'forgotPassword' });
    const text = t(`errors.${d.messageKey}` as never, d.params);
    if (d.field === 'username') {
      expect(await screen.findByText(text)).toBeInTheDocument();
      expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    } else {
      const alert = screen.getByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(text));
      await waitFor(() => expect(alert).toHaveFocus());
    }
    expect(container.textContent).not.toContain(code);
    expect(text).not.toMatch(/code we sent|the code you entered|password doesn/i);
    if (d.action === 'contactSupport') expect(text).toContain('req-42');
    await noViolations(container);
  });

  it('counts down a throttle in the alert and blocks Send code until it is over', async () => {
    const transport = pool({ fail: () => new CognitoError({ code: 'LimitExceededException', status: 400 }) });
    const user = userEvent.setup();
    render(<ForgotPasswordForm transport={transport} retryAfterMs={90_000} />);
    await request(user, 'alice');
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(t('errors.tooManyCodes', { seconds: 90 })));
    expect(screen.getByRole('button', { name: t('requestSubmit') })).toBeDisabled();
    expect(alert.querySelector('[data-slot="countdown"]')).not.toBeNull();
  });

  it('renders compound parts in a custom layout, and a part outside its root throws a clear error', async () => {
    const user = userEvent.setup();
    render(
      <ForgotPasswordForm transport={pool()} className="mine" unstyled aria-label="request a code">
        <ForgotPasswordForm.Submit>Email me a code</ForgotPasswordForm.Submit>
        <ForgotPasswordForm.Username label="Email or username" />
        <ForgotPasswordForm.Error />
        <ForgotPasswordForm.Sent />
      </ForgotPasswordForm>,
    );
    expect(screen.getByRole('form', { name: 'request a code' })).toBeInTheDocument();
    expect(document.querySelector('.rcr-field')).toBeNull();
    expect(document.querySelector('[data-slot="root"]')).toHaveClass('mine');
    await user.type(screen.getByLabelText('Email or username'), 'alice');
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    expect(await screen.findByText(t('deliveryEmail', { destination: 'a***@e***' }))).toBeInTheDocument();

    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ForgotPasswordForm.Username />)).toThrow(
      /<ForgotPasswordForm.Username> must be used inside <ForgotPasswordForm>/,
    );
    quiet.mockRestore();
  });

  it('speaks French with the French catalogue', async () => {
    render(<ForgotPasswordForm transport={pool()} messages={fr} />);
    expect(screen.getByRole('heading', { name: fr.requestHeading as string })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fr.requestSubmit as string })).toBeInTheDocument();
    expect(document.querySelector('[data-slot="root"]')).toHaveAttribute('lang', 'fr');
  });
});

describe('<ForgotPasswordForm> wait, unstyled', () => {
  it.each(['LimitExceededException', 'TooManyRequestsException'] as const)(
    'keeps the announced copy of a %s wait visually hidden without the theme, and shows the ticking one',
    async (code) => {
      const user = userEvent.setup();
      const failing: ResetTransport = {
        forgotPassword: () => Promise.reject(new CognitoError({ code, status: 400 })),
        confirmForgotPassword: () => Promise.resolve(),
      };
      render(<ForgotPasswordForm transport={failing} unstyled retryAfterMs={60_000} />);
      await request(user, 'alice');
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert.querySelector('[data-slot="countdown"]')).not.toBeNull());
      const announced = alert.querySelector('[data-slot="countdown"]')?.previousElementSibling as HTMLElement;
      expect(announced.className).toBe('');
      expect(announced.style.position).toBe('absolute');
      expect(announced.style.width).toBe('1px');
    },
  );
});
