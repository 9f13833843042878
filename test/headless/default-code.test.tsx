// defaultCode: a code from a reset link starts in the code field, cleaned and capped like a typed
// one, and is sent to a real (memory) pool; a late one fills an untouched field only.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConfirmResetForm } from '../../src';
import { createMemoryTransport } from '../../src/core';
import type { ConfirmForgotPasswordResult } from '../../src/headless';
import { Harness } from './harness';

const OLD = 'Old-pass1!';
const NEW = 'Brand-new2?';

async function pool(code = '123456') {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: OLD, email: 'alice@example.com' }],
    generateCode: () => code,
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

const codeField = () => screen.getByLabelText('Verification code') as HTMLInputElement;

async function finish(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('New password'), NEW);
  await user.type(screen.getByLabelText('Confirm new password'), NEW);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
}

describe('useConfirmForgotPassword defaultCode', () => {
  it.each([
    ['a plain code', '123456', '123456'],
    ['spaces and a dash', ' 123-456 ', '123456'],
    ['full-width digits', '１２３４５６', '123456'],
    ['a no-break space and zero-width space', '123\u00a0\u200b456', '123456'],
    ['too many digits (capped to the length)', '12345678', '123456'],
  ])('starts with %s cleaned like a typed code', (_, given, shown) => {
    render(<Harness transport={createMemoryTransport({ users: [] })} username="alice" defaultCode={given} />);
    expect(codeField().value).toBe(shown);
    // The value is a property of the uncontrolled input, never an attribute in the markup.
    expect(codeField().getAttribute('value')).toBeNull();
  });

  it('caps to a custom length and keeps letters for an alphanumeric code', () => {
    render(
      <Harness
        transport={createMemoryTransport({ users: [] })}
        username="alice"
        code={{ length: 8, characters: 'alphanumeric' }}
        defaultCode="ab12-CD34-ef"
      />,
    );
    expect(codeField().value).toBe('ab12CD34');
  });

  it('sends the link code: the password is reset with nothing typed in the code field', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" defaultCode=" 123 456 " />);
    await finish(user);
    expect(await screen.findByRole('status')).toHaveTextContent('Password reset for alice');
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('fills the field with a code that arrives after mount (a link read in an effect)', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const { rerender } = render(<Harness transport={transport} username="alice" />);
    expect(codeField().value).toBe('');
    rerender(<Harness transport={transport} username="alice" defaultCode="123-456" />);
    await waitFor(() => expect(codeField().value).toBe('123456'));
    await finish(user);
    expect(await screen.findByRole('status')).toHaveTextContent('Password reset for alice');
  });

  it('never overwrites a code the user typed', async () => {
    const user = userEvent.setup();
    const transport = createMemoryTransport({ users: [] });
    const { rerender } = render(<Harness transport={transport} username="alice" defaultCode="111111" />);
    expect(codeField().value).toBe('111111');
    await user.clear(codeField());
    await user.type(codeField(), '222222');
    rerender(<Harness transport={transport} username="alice" defaultCode="333333" />);
    await act(async () => {});
    expect(codeField().value).toBe('222222');
  });

  it('reset() returns to the link code', async () => {
    const user = userEvent.setup();
    let r!: ConfirmForgotPasswordResult;
    render(
      <Harness
        transport={createMemoryTransport({ users: [] })}
        username="alice"
        defaultCode="654321"
        spy={(x) => {
          r = x;
        }}
      />,
    );
    await user.clear(codeField());
    await user.type(codeField(), '999');
    act(() => r.reset());
    await waitFor(() => expect(codeField().value).toBe('654321'));
  });
});

describe('<ConfirmResetForm defaultCode>', () => {
  it('shows the link code in the code input and resets with it', async () => {
    const transport = await pool('246810');
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={transport} username="alice" defaultCode="246 810" />);
    expect(codeField().value).toBe('246810');
    await finish(user);
    await waitFor(() => expect(transport.signIn('alice', NEW)).toBe(true));
  });

  it('does not pass defaultCode to the <form> as an attribute', () => {
    const { container } = render(
      <ConfirmResetForm
        transport={createMemoryTransport({ users: [] })}
        username="alice"
        defaultCode="246810"
      />,
    );
    expect(container.innerHTML).not.toContain('246810');
    expect(container.querySelector('form')?.getAttribute('defaultcode')).toBeNull();
  });
});
