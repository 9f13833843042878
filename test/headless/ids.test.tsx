// The hook owns every id it references (issue 15 item 2): each element a field may point at has a
// getter, and a field names it only while it is rendered (the getter's ref reports it).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, type ReactNode, StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CognitoError, createMemoryTransport } from '../../src/core';
import {
  type ConfirmForgotPasswordResult,
  type ElementGetterProps,
  type UseConfirmForgotPasswordOptions,
  useConfirmForgotPassword,
  usePasswordChecklist,
} from '../../src/headless';
import { ConfirmResetForm } from '../../src/styled';
import { Harness } from './harness';

const NEW = 'Brand-new2?';

async function pool(fail?: string) {
  let armed = false;
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
    fail: ((op: string) =>
      armed && fail && op === 'ConfirmForgotPassword'
        ? new CognitoError({ code: fail, status: 400 })
        : undefined) as Parameters<typeof createMemoryTransport>[0]['fail'],
  });
  await transport.forgotPassword({ username: 'alice' });
  armed = true;
  return transport;
}

/** Every id the document references (ARIA relations, `for`, `form`) that no element carries. */
function dangling(): string[] {
  const refs: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-errormessage']) {
      refs.push(...(el.getAttribute(attr)?.split(/\s+/).filter(Boolean) ?? []));
    }
    if (el instanceof HTMLLabelElement && el.htmlFor) refs.push(el.htmlFor);
    if (el.hasAttribute('form')) refs.push(el.getAttribute('form')!);
  }
  return refs.filter((id) => !document.getElementById(id));
}
const describedBy = (el: HTMLElement) => el.getAttribute('aria-describedby')?.split(' ') ?? [];

describe('no field names an element that is not rendered', () => {
  it('a headless form with no checklist: the new password names no policy list', async () => {
    render(<Harness transport={await pool()} username="alice" />);
    // The harness shows the rules without getPolicyProps: nothing to point at.
    expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-describedby');
    expect(dangling()).toEqual([]);
  });

  it('a headless form with field errors: each field names its error message, which is rendered', async () => {
    const user = userEvent.setup();
    render(<Harness transport={await pool()} username="alice" />);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    for (const label of ['Verification code', 'New password', 'Confirm new password']) {
      const input = screen.getByLabelText(label);
      await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
      expect(describedBy(input)).toHaveLength(1);
      expect(input).toHaveAccessibleDescription(/.+/);
    }
    expect(dangling()).toEqual([]);
  });

  it('compound parts without .Policy: the new password names no policy list', async () => {
    render(
      <ConfirmResetForm transport={await pool()} username="alice">
        <ConfirmResetForm.Code />
        <ConfirmResetForm.Password />
        <ConfirmResetForm.Submit />
      </ConfirmResetForm>,
    );
    expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-describedby');
    expect(dangling()).toEqual([]);
  });

  it('compound parts with .Policy: the new password names the list, and every reference resolves', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmResetForm transport={await pool('CodeMismatchException')} username="alice">
        <ConfirmResetForm.Code />
        <ConfirmResetForm.Password />
        <ConfirmResetForm.Policy />
        <ConfirmResetForm.ConfirmPassword />
        <ConfirmResetForm.Error />
        <ConfirmResetForm.Submit />
        <ConfirmResetForm.Resend />
      </ConfirmResetForm>,
    );
    const password = screen.getByLabelText('New password');
    expect(password).toHaveAccessibleDescription(/^Your new password needs/);
    const code = screen.getByLabelText('Verification code');
    expect(code).toHaveAccessibleDescription('The 6-character code from your message.');
    await user.type(code, '654321');
    await user.type(password, NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    // The hint first, then the error.
    expect(code).toHaveAccessibleDescription(/^The 6-character code from your message\. .+/);
    expect(dangling()).toEqual([]);
  });

  it('(control) the whole drop-in, with username asked, at rest and with every field in error', async () => {
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={await pool()} />);
    expect(dangling()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true'));
    expect(dangling()).toEqual([]);
  });
});

/** A form built on the getters, with switches for what it renders. */
function Form({
  show,
  options,
  policyProps,
  late,
}: {
  show: { policy?: boolean; hint?: boolean; errors?: boolean };
  options: UseConfirmForgotPasswordOptions;
  policyProps?: Parameters<ConfirmForgotPasswordResult['getPolicyProps']>[0];
  late?: ReactNode;
}) {
  const r = useConfirmForgotPassword(options);
  return (
    <form {...r.getFormProps()} aria-label="reset">
      <label {...r.getLabelProps('code')}>Verification code</label>
      <input {...r.getCodeProps()} />
      {show.errors && r.fieldErrors.code && (
        <p {...r.getFieldErrorProps('code')}>{r.fieldErrors.code.message}</p>
      )}
      <label {...r.getLabelProps('password')}>New password</label>
      <input {...r.getPasswordProps()} />
      {show.policy && <Rules r={r} props={policyProps} />}
      <button {...r.getSubmitProps()}>Reset password</button>
      <p {...r.getStatusProps()}>{r.statusMessage}</p>
      {/* After every input, in a memoised child: order and component boundaries do not matter. */}
      {show.hint && <Hint r={r} />}
      {late}
    </form>
  );
}
const Hint = memo(function Hint({ r }: { r: ConfirmForgotPasswordResult }) {
  return <p {...r.getDescriptionProps('code')}>Six digits from the e-mail.</p>;
});
function Rules({ r, props }: { r: ConfirmForgotPasswordResult; props?: ElementGetterProps | undefined }) {
  const { items } = usePasswordChecklist(r);
  return (
    <ul {...r.getPolicyProps(props)}>
      {items.map((i) => (
        <li key={i.id}>{i.label}</li>
      ))}
    </ul>
  );
}

describe('the getters hand out the ids, and rendering is the signal', () => {
  const options = async (fail?: string) => ({
    transport: await pool(fail),
    username: 'alice',
    confirmPassword: false,
  });

  it('getPolicyProps: named while the list is rendered, not after it goes', async () => {
    const o = await options();
    const { rerender } = render(<Form show={{ policy: true }} options={o} />);
    const password = screen.getByLabelText('New password');
    const list = screen.getByRole('list');
    expect(describedBy(password)).toEqual([list.id]);
    expect(password).toHaveAccessibleDescription(/At least 8 characters/);
    rerender(<Form show={{ policy: false }} options={o} />);
    expect(password).not.toHaveAttribute('aria-describedby');
    rerender(<Form show={{ policy: true }} options={o} />);
    expect(describedBy(password)).toEqual([screen.getByRole('list').id]);
  });

  it('getPolicyProps({ id }): your id wins, and the field names that id', async () => {
    render(<Form show={{ policy: true }} options={await options()} policyProps={{ id: 'my-rules' }} />);
    expect(screen.getByRole('list')).toHaveAttribute('id', 'my-rules');
    expect(describedBy(screen.getByLabelText('New password'))).toEqual(['my-rules']);
  });

  it('getPolicyProps({ ref }): an inline callback ref gets the element, and renders settle', async () => {
    const seen: (HTMLElement | null)[] = [];
    let renders = 0;
    function Counted() {
      renders++;
      return null;
    }
    render(
      <StrictMode>
        <Form
          show={{ policy: true }}
          options={await options()}
          policyProps={{ ref: (el: HTMLElement | null) => void seen.push(el) }}
          late={<Counted />}
        />
      </StrictMode>,
    );
    expect(seen.at(-1)).toBe(screen.getByRole('list'));
    expect(describedBy(screen.getByLabelText('New password'))).toEqual([screen.getByRole('list').id]);
    const settled = renders;
    await new Promise((r) => setTimeout(r, 0));
    expect(renders).toBe(settled);
  });

  it('getDescriptionProps: rendered after the input, in a memoised child, and still named', async () => {
    render(<Form show={{ hint: true }} options={await options()} />);
    const code = screen.getByLabelText('Verification code');
    expect(code).toHaveAccessibleDescription('Six digits from the e-mail.');
    expect(dangling()).toEqual([]);
  });

  it('getFieldErrorProps: named once the error shows, with the id the element carries', async () => {
    const user = userEvent.setup();
    render(<Form show={{ errors: true, hint: true }} options={await options('CodeMismatchException')} />);
    const code = screen.getByLabelText('Verification code');
    await user.type(code, '654321');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    const error = screen.getByText(/isn’t right/);
    expect(describedBy(code)).toContain(error.id);
    expect(code).toHaveAccessibleDescription(`Six digits from the e-mail. ${error.textContent}`);
    // Fixed: the error goes, and so does the reference.
    await user.clear(code);
    await user.type(code, '123456');
    await waitFor(() => expect(describedBy(code)).not.toContain(error.id));
    expect(dangling()).toEqual([]);
  });

  it('getFieldErrorProps never called: an invalid field names no error message', async () => {
    const user = userEvent.setup();
    render(<Form show={{}} options={await options()} />);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const code = screen.getByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).not.toHaveAttribute('aria-describedby');
    expect(dangling()).toEqual([]);
  });

  it('getStatusProps and statusMessage: a polite region that says a new code was sent', async () => {
    function Resend() {
      const [o] = useState(() => ({
        transport: createMemoryTransport({
          users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
        }),
        username: 'alice',
        resendCooldownSeconds: 0,
      }));
      const r = useConfirmForgotPassword(o);
      return (
        <>
          <button {...r.getResendProps()}>Resend code</button>
          <p {...r.getStatusProps({ className: 'status' })}>{r.statusMessage}</p>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Resend />);
    const status = screen.getByRole('status');
    expect(status).toHaveClass('status');
    expect(status).toBeEmptyDOMElement();
    expect(status).not.toHaveAttribute('data-status');
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    await waitFor(() => expect(status).toHaveAttribute('data-status', 'resent'));
    expect(status).toHaveTextContent(/sent a new code/i);
  });

  it('getLabelProps: the label names the input by the hook’s id', async () => {
    render(<Form show={{}} options={await options()} />);
    const code = screen.getByLabelText('Verification code');
    const label = document.querySelector(`label[for="${code.id}"]`)!;
    expect(label.id).toBe(`${code.id}-label`);
  });
});

describe('the result’s public shape', () => {
  it('has no react-hook-form control or normalised policy, yet the checklist works from a copy', async () => {
    let result: ConfirmForgotPasswordResult | undefined;
    function Probe() {
      const r = useConfirmForgotPassword({ transport: createMemoryTransport({ users: [] }), username: 'a' });
      result = r;
      // A copy of the result (as apps make to add their own fields) still drives the checklist.
      const { items } = usePasswordChecklist({ ...r });
      return <p>{items.length}</p>;
    }
    render(<Probe />);
    expect(Object.keys(result!)).not.toContain('control');
    expect(Object.keys(result!)).not.toContain('policy');
    expect(screen.getByText('5')).toBeInTheDocument();
  });
});
