import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryTransport } from '../../src/core';
import { en } from '../../src/i18n/en';
import { RequestCode } from './ReadmeRequest';

describe('the README headless request step', () => {
  it('is in the README, writes no ids and sends a code', async () => {
    const source = readFileSync('test/headless/ReadmeRequest.tsx', 'utf8');
    const body = source.slice(source.indexOf('export function RequestCode'));
    expect(readFileSync('README.md', 'utf8')).toContain(body.trim());
    expect(body).not.toMatch(/\bid=|ids[.[]|htmlFor|aria-describedby|role="alert"/);
    const transport = createMemoryTransport({
      users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
      generateCode: () => '123456',
    });
    const user = userEvent.setup();
    render(<RequestCode transport={transport} />);
    const field = screen.getByLabelText('Username');
    expect(field).toHaveAttribute('autocomplete', 'username');
    // The hint is named while rendered; the error joins it only while it is shown.
    expect(field).toHaveAccessibleDescription('The name you sign in with.');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(`The name you sign in with. ${en.validation.usernameRequired}`);
    await user.type(field, 'alice');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Check your messages for the code.');
    // The code really went out: it resets the password.
    await transport.confirmForgotPassword({ username: 'alice', code: '123456', password: 'Brand-new2?' });
    expect(transport.signIn('alice', 'Brand-new2?')).toBe(true);
  });
});
