import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryTransport } from '../../src/core';
import { Reset } from './ReadmeHeadless';

describe('the README headless example', () => {
  it('is in the README and completes a reset', async () => {
    const source = readFileSync('test/headless/ReadmeHeadless.tsx', 'utf8');
    const body = source.slice(source.indexOf('export function Reset'));
    expect(readFileSync('README.md', 'utf8')).toContain(body.trim());
    // The hook wired to plain inputs: under 30 lines for the component itself.
    expect(body.slice(0, body.indexOf('\n}\n') + 2).split('\n').length).toBeLessThan(30);
    // No hand-made ids: every id comes from a getter.
    expect(body).not.toMatch(/\bid=|ids[.[]|htmlFor|aria-describedby/);
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const transport = createMemoryTransport({
      users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
      generateCode: () => '123456',
    });
    await transport.forgotPassword({ username: 'alice' });
    const user = userEvent.setup();
    render(<Reset transport={transport} username="alice" />);
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), 'Brand-new2?');
    expect(screen.getAllByRole('listitem').every((li) => li.textContent?.startsWith('✓'))).toBe(true);
    // The hook names the hint and the rules it handed out ids for, and nothing else.
    expect(screen.getByLabelText('Verification code')).toHaveAccessibleDescription('From the e-mail');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/^✓ At least 8 characters/);
    expect(screen.getByLabelText('Confirm new password')).not.toHaveAttribute('aria-describedby');
    await user.type(screen.getByLabelText('Confirm new password'), 'Brand-new2?');
    // A wrong code first: its message is named by the code field.
    await user.type(screen.getByLabelText('Verification code'), '{Backspace}0');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const code = screen.getByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(/^From the e-mail .+/);
    await user.clear(code);
    await user.type(code, '123456');
    expect(code).toHaveAccessibleDescription('From the e-mail');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByText('Your password has been reset.')).toHaveAttribute('role', 'status');
    expect(transport.signIn('alice', 'Brand-new2?')).toBe(true);
  });
});
