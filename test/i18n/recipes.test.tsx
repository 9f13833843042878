import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createIntl, IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { createMemoryTransport } from '../../src/core';
import { formatMessage, type Message } from '../../src/i18n/types';
import { ResetPasswordForm as IntlResetForm, messagesFromIntl } from './recipes/formatjs-recipe';
import { ResetPasswordForm as I18nextResetForm, messagesFromI18next } from './recipes/i18next-recipe';

const NEW = 'Brand-new2?';

async function pool() {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

// The README shows the recipes; these files are what the tests run. They must be the same code.
function readmeBlocks(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const source = readme;
  return [...source.matchAll(/```tsx\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
}
function asPublished(file: string) {
  return readFileSync(file, 'utf8').replaceAll("from '../../../src'", "from 'react-cognito-reset'").trim();
}

async function typeWrongCode(labels: { code: string; password: string; confirm: string; submit: string }) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(labels.code), '654321');
  await user.type(screen.getByLabelText(labels.password), NEW);
  await user.type(screen.getByLabelText(labels.confirm), NEW);
  await user.click(screen.getByRole('button', { name: labels.submit }));
  return screen.getByLabelText(labels.code);
}

const call = (m: Message | undefined, params = {}) => formatMessage(m!, params);

describe('react-i18next recipe', () => {
  // An app translating into a language the kit does not ship (Dutch), plus its own Arabic.
  const resources = {
    nl: {
      reset: {
        heading: 'Stel je wachtwoord opnieuw in',
        codeLabel: 'Verificatiecode',
        passwordLabel: 'Nieuw wachtwoord',
        confirmPasswordLabel: 'Bevestig je nieuwe wachtwoord',
        submit: 'Wachtwoord opnieuw instellen',
        deliveryEmail: 'We hebben een code gemaild naar {{destination}}.',
        rules: { minLength_one: 'Minstens {{min}} teken', minLength_other: 'Minstens {{min}} tekens' },
        errors: {
          codeMismatch: 'Deze code klopt niet. Controleer hem en probeer het opnieuw.',
          tooManyAttempts_one: 'Te veel pogingen. Probeer het over {{seconds}} seconde opnieuw.',
          tooManyAttempts_other: 'Te veel pogingen. Probeer het over {{seconds}} seconden opnieuw.',
        },
      },
    },
    ar: { reset: { heading: 'غيّر كلمة المرور' } },
  };

  async function setup() {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'nl',
      resources,
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    return i18n;
  }

  it('is the code the README shows', () => {
    expect(readmeBlocks()).toContain(asPublished('test/i18n/recipes/i18next-recipe.tsx'));
  });

  it('builds messages with plural forms and parameters from t', async () => {
    const i18n = await setup();
    const messages = messagesFromI18next(i18n.getFixedT('nl', 'reset'), i18n);
    expect(messages.dir).toBe('ltr');
    expect(call(messages.rules?.minLength, { min: 1 })).toBe('Minstens 1 teken');
    expect(call(messages.rules?.minLength, { min: 8 })).toBe('Minstens 8 tekens');
    expect(call(messages.errors?.tooManyAttempts, { seconds: 1 })).toContain('over 1 seconde opnieuw');
    expect(call(messages.errors?.tooManyAttempts, { seconds: 30 })).toContain('over 30 seconden opnieuw');
    expect(call(messages.deliveryEmail, { destination: 'a***@e***' })).toBe(
      'We hebben een code gemaild naar a***@e***.',
    );
    // Only what the namespace has: the rest keeps the kit's English.
    expect(messages.showPassword).toBeUndefined();
  });

  it('renders the form in the app language, shows a translated error and follows a language change', async () => {
    const i18n = await setup();
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <I18nextResetForm transport={await pool()} username="alice" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Stel je wachtwoord opnieuw in' })).toBeInTheDocument();
    expect(screen.getByText('Minstens 8 tekens')).toBeInTheDocument();
    const code = await typeWrongCode({
      code: 'Verificatiecode',
      password: 'Nieuw wachtwoord',
      confirm: 'Bevestig je nieuwe wachtwoord',
      submit: 'Wachtwoord opnieuw instellen',
    });
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(expect.stringContaining('Deze code klopt niet.')),
    );

    await act(() => i18n.changeLanguage('ar'));
    expect(screen.getByRole('heading', { name: 'غيّر كلمة المرور' })).toBeInTheDocument();
    expect(container.querySelector('[data-slot="root"]')).toHaveAttribute('dir', 'rtl');
  });
});

describe('FormatJS / react-intl recipe', () => {
  // Polish, which the kit does not ship: ICU plurals with one, few and many forms.
  const pl = {
    'reset.heading': 'Ustaw nowe hasło',
    'reset.codeLabel': 'Kod weryfikacyjny',
    'reset.passwordLabel': 'Nowe hasło',
    'reset.confirmPasswordLabel': 'Powtórz nowe hasło',
    'reset.submit': 'Zmień hasło',
    'reset.rules.minLength':
      'Co najmniej {min, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}',
    'reset.errors.codeMismatch': 'Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie.',
    'reset.errors.tooManyAttempts':
      'Zbyt wiele prób. Spróbuj ponownie za {seconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
    'app.title': 'Not the kit’s',
  };

  it('is the code the README shows', () => {
    expect(readmeBlocks()).toContain(asPublished('test/i18n/recipes/formatjs-recipe.tsx'));
  });

  it('builds messages with ICU plurals from formatMessage', () => {
    const messages = messagesFromIntl(createIntl({ locale: 'pl', messages: pl }));
    expect(messages.dir).toBe('ltr');
    expect(Object.keys(messages).sort()).toEqual(
      [
        'codeLabel',
        'confirmPasswordLabel',
        'dir',
        'errors',
        'heading',
        'passwordLabel',
        'rules',
        'submit',
      ].sort(),
    );
    expect(call(messages.errors?.tooManyAttempts, { seconds: 1 })).toContain('za 1 sekundę.');
    expect(call(messages.errors?.tooManyAttempts, { seconds: 3 })).toContain('za 3 sekundy.');
    expect(call(messages.errors?.tooManyAttempts, { seconds: 45 })).toContain('za 45 sekund.');
    expect(call(messages.rules?.minLength, { min: 8 })).toBe('Co najmniej 8 znaków');
    expect(messagesFromIntl(createIntl({ locale: 'ar-EG', messages: {} })).dir).toBe('rtl');
  });

  it('renders the form in the provider language and shows a translated error', async () => {
    render(
      <IntlProvider locale="pl" messages={pl}>
        <IntlResetForm transport={await pool()} username="alice" />
      </IntlProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Ustaw nowe hasło' })).toBeInTheDocument();
    expect(screen.getByText('Co najmniej 8 znaków')).toBeInTheDocument();
    const code = await typeWrongCode({
      code: 'Kod weryfikacyjny',
      password: 'Nowe hasło',
      confirm: 'Powtórz nowe hasło',
      submit: 'Zmień hasło',
    });
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(expect.stringContaining('Ten kod jest nieprawidłowy.')),
    );
  });
});
