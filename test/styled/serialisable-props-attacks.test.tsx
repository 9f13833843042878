// Odd serialisable props (and transport sources) a Server Component (or plain JavaScript) can pass the drop-ins: an actions
// object missing a function, a transport that is not one, a proxyUrl that leaves the page's
// origin in disguise. Each is refused loudly with a TypeError, and no request ever leaves. Runs on
// React 19 and (vitest.react18.config.ts) React 18; requests would go to a recording server on 127.0.0.1.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmResetForm, ForgotPasswordForm, PasswordReset } from '../../src';
import { recordingCognitoFixture } from '../server/recording-cognito';

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? (
      <p role="note">{`${this.state.error.name}: ${this.state.error.message}`}</p>
    ) : (
      this.props.children
    );
  }
}

async function thrown(element: ReactElement) {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    render(<Boundary>{element}</Boundary>);
    return (await screen.findByRole('note')).textContent;
  } finally {
    spy.mockRestore();
  }
}

const drop = { PasswordReset, ForgotPasswordForm, ConfirmResetForm } as Record<string, (p: any) => ReactNode>;
const components = Object.keys(drop);
const action = async () => ({ ok: true as const });
const upstream = recordingCognitoFixture();

describe('actions that are not the pair', () => {
  const cases: [string, unknown][] = [
    ['an empty object', {}],
    ['no confirmForgotPassword', { forgotPassword: action }],
    ['no forgotPassword', { confirmForgotPassword: action }],
    [
      'a string where a function belongs',
      { forgotPassword: 'forgotPassword', confirmForgotPassword: action },
    ],
    ['a string', 'actions'],
    ['an array of the two', [action, action]],
  ];
  it.each(
    components.flatMap((component) => cases.map(([name, actions]) => [component, name, actions] as const)),
  )('<%s> with %s: a TypeError at render naming the two actions', async (component, _, actions) => {
    const Drop = drop[component]!;
    const text = await thrown(<Drop username="alice" actions={actions} />);
    expect(text).toContain(
      `TypeError: <${component}>: pass exactly one of transport, proxyUrl or actions (got actions without forgotPassword and confirmForgotPassword functions)`,
    );
  });
});

describe('a transport that is not one', () => {
  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['one function missing', { forgotPassword: action }],
    ['a string', 'transport'],
  ])('<ForgotPasswordForm transport={%s}>: a TypeError at render', async (_, transport) => {
    const text = await thrown(<ForgotPasswordForm transport={transport as never} />);
    expect(text).toContain(
      'TypeError: <ForgotPasswordForm>: pass exactly one of transport, proxyUrl or actions (got transport without forgotPassword and confirmForgotPassword functions)',
    );
  });
});

describe('a proxyUrl off the page’s origin, in disguise', () => {
  const host = () => new URL(upstream.url).host;
  it.each<[string, () => unknown]>([
    ['an empty string', () => ''],
    ['spaces', () => '   '],
    ['a number', () => 42],
    ['protocol-relative', () => `//${host()}/reset`],
    ['a backslash', () => `/\\${host()}/reset`],
    ['two backslashes', () => `\\\\${host()}/reset`],
    ['a tab inside', () => `/\t/${host()}/reset`],
    ['a newline first', () => `\n//${host()}/reset`],
    ['javascript:', () => 'javascript:alert(1)'],
    ['JavaScript: with a tab', () => 'java\tscript:alert(1)'],
    ['data:', () => 'data:text/plain,x'],
  ])('%s: refused with a TypeError once mounted, and nothing is sent', async (_, url) => {
    const text = await thrown(<ForgotPasswordForm proxyUrl={url() as never} />);
    expect(text).toMatch(/^TypeError: createProxyTransport/);
    // Whatever is still on the page cannot send either.
    const buttons = screen.queryAllByRole('button');
    for (const button of buttons) await userEvent.click(button);
    expect(upstream.requests).toHaveLength(0);
  });

  it('a protocol-relative URL with a typed username: nothing reaches the other origin', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      render(
        <Boundary>
          <ForgotPasswordForm proxyUrl={`//${host()}/reset`} />
        </Boundary>,
      );
      const field = screen.queryByRole('textbox');
      if (field) await userEvent.type(field, 'alice{Enter}');
      await screen.findByRole('note');
    } finally {
      spy.mockRestore();
    }
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('a locale tag that names no shipped catalogue', () => {
  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '../x',
    './locales/fr',
    'fr ',
    'fr\u0000',
    'FR',
    'zh-cn',
    'en-US',
  ])('%j: a TypeError naming the tags, nothing loaded', async (tag) => {
    const text = await thrown(
      <ForgotPasswordForm
        transport={{ forgotPassword: action, confirmForgotPassword: action } as never}
        locale={tag as never}
      />,
    );
    expect(text).toContain(`TypeError: react-cognito-reset: no catalogue for locale "${tag}"`);
    expect(text).toContain('en, ar, de, es, fr, ja, ko, pt-BR, zh-CN');
  });
});
