// The request step owns every id it references, as the confirm step does (issue 15 item 2 applied to
// issue 17's step): useForgotPassword hands out getters for the username's error message and
// description and for the status region, a field names an element only while it is rendered, and
// <ForgotPasswordForm> invents no id or ARIA of its own.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createMemoryTransport, type ResetTransport } from '../../src/core';
import {
  type ElementGetterProps,
  type ForgotPasswordResult,
  type UseForgotPasswordOptions,
  useForgotPassword,
} from '../../src/headless';
import { ForgotPasswordForm } from '../../src/styled';

const pool = () =>
  createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
  });

/** A transport whose ForgotPassword answers only when `answer()` is called. */
function held() {
  let answer: () => void = () => {};
  const transport: ResetTransport = {
    forgotPassword: () =>
      new Promise((resolve) => {
        answer = () => resolve({ destination: 'a***@e***', medium: 'EMAIL' });
      }),
    confirmForgotPassword: async () => {},
  };
  return { transport, answer: () => answer() };
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
const username = () => screen.getByLabelText('Username');
const send = () => screen.getByRole('button', { name: 'Send code' });
const TOO_LONG = 'x'.repeat(129);

describe('<ForgotPasswordForm>: the username names its error only while the error is rendered', () => {
  it('an empty username: the field names the rendered error, and its description is the message', async () => {
    const user = userEvent.setup();
    render(<ForgotPasswordForm transport={pool()} />);
    expect(username()).not.toHaveAttribute('aria-describedby');
    await user.click(send());
    await waitFor(() => expect(username()).toHaveAttribute('aria-invalid', 'true'));
    const error = screen.getByText('Enter your username.');
    expect(describedBy(username())).toEqual([error.id]);
    expect(username()).toHaveAccessibleDescription('Enter your username.');
    expect(dangling()).toEqual([]);
  });

  it('the error goes when the username is fixed, and so does the reference', async () => {
    const user = userEvent.setup();
    render(<ForgotPasswordForm transport={pool()} />);
    await user.click(send());
    await waitFor(() => expect(username()).toHaveAttribute('aria-invalid', 'true'));
    const [id] = describedBy(username());
    expect(document.getElementById(id!)).toHaveTextContent('Enter your username.');
    await user.type(username(), 'alice');
    await waitFor(() => expect(username()).not.toHaveAttribute('aria-invalid'));
    expect(screen.queryByText('Enter your username.')).toBeNull();
    expect(username()).not.toHaveAttribute('aria-describedby');
    expect(dangling()).toEqual([]);
  });

  it.each([
    ['a username longer than Cognito allows', TOO_LONG],
    ['a username of spaces only', '   '],
  ])('%s, left by Tab: the field names the error it shows', async (_, typed) => {
    const user = userEvent.setup();
    render(<ForgotPasswordForm transport={pool()} />);
    await user.type(username(), typed);
    await user.tab();
    await waitFor(() => expect(username()).toHaveAttribute('aria-invalid', 'true'));
    const [id] = describedBy(username());
    expect(id).toBeTruthy();
    expect(document.getElementById(id!)).toHaveAttribute('data-slot', 'field-error');
    expect(username()).toHaveAccessibleDescription(/.+/);
    expect(dangling()).toEqual([]);
  });

  it('unstyled, in compound parts: the same wiring, from the hook', async () => {
    const user = userEvent.setup();
    render(
      <ForgotPasswordForm transport={pool()} unstyled>
        <ForgotPasswordForm.Username />
        <ForgotPasswordForm.Submit />
      </ForgotPasswordForm>,
    );
    await user.click(send());
    await waitFor(() => expect(username()).toHaveAccessibleDescription('Enter your username.'));
    expect(dangling()).toEqual([]);
  });

  it('the status region is the hook’s: its id and role, and "Sending code…" while the request runs', async () => {
    const { transport, answer } = held();
    const user = userEvent.setup();
    render(<ForgotPasswordForm transport={transport} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    expect(status).not.toHaveAttribute('data-status');
    await user.type(username(), 'alice');
    await user.click(send());
    await waitFor(() => expect(status).toHaveTextContent('Sending code…'));
    expect(status).toHaveAttribute('data-status', 'submitting');
    answer();
    await waitFor(() => expect(screen.getByText(/We sent a code by email/)).toBeInTheDocument());
  });

  it.each([false, true])(
    'unstyled=%s: the status region says "Sending code…" out of sight',
    async (unstyled) => {
      const { transport, answer } = held();
      const user = userEvent.setup();
      render(<ForgotPasswordForm transport={transport} unstyled={unstyled} />);
      await user.type(username(), 'alice');
      await user.click(send());
      const status = screen.getByRole('status');
      await waitFor(() => expect(status).toHaveTextContent('Sending code…'));
      // Visually hidden is behaviour, not theme: an inline style, which holds without styles.css.
      expect(status).toHaveStyle({ position: 'absolute', overflow: 'hidden', width: '1px', height: '1px' });
      answer();
      await waitFor(() => expect(screen.getByText(/We sent a code by email/)).toBeInTheDocument());
    },
  );
});

/** A request form on the getters, with switches for what it renders. */
function Request({
  show,
  options,
  errorProps,
}: {
  show: { error?: boolean; hint?: boolean };
  options: UseForgotPasswordOptions;
  errorProps?: ElementGetterProps;
}) {
  const r = useForgotPassword(options);
  return (
    <form {...r.getFormProps()} aria-label="request">
      <label {...r.getLabelProps()}>Username</label>
      <input {...r.getUsernameProps()} />
      {show.error && r.fieldErrors.username && (
        <p {...r.getFieldErrorProps(errorProps)}>{r.fieldErrors.username.message}</p>
      )}
      <div {...r.getErrorProps()}>{r.errorMessage}</div>
      <button {...r.getSubmitProps()}>Send code</button>
      <p {...r.getStatusProps({ className: 'status' })}>{r.statusMessage}</p>
      {/* After the input, in a memoised child: order and component boundaries do not matter. */}
      {show.hint && <Hint r={r} />}
    </form>
  );
}
const Hint = memo(function Hint({ r }: { r: ForgotPasswordResult }) {
  return <p {...r.getDescriptionProps()}>The name you sign in with.</p>;
});

describe('useForgotPassword: the getters hand out the ids, and rendering is the signal', () => {
  it('getFieldErrorProps: named once the error shows, with the id the element carries', async () => {
    const user = userEvent.setup();
    render(<Request show={{ error: true }} options={{ transport: pool() }} />);
    await user.click(send());
    await waitFor(() => expect(username()).toHaveAttribute('aria-invalid', 'true'));
    const error = screen.getByText('Enter your username.');
    expect(error.id).toBeTruthy();
    expect(describedBy(username())).toEqual([error.id]);
    expect(username()).toHaveAccessibleDescription('Enter your username.');
    await user.type(username(), 'alice');
    await waitFor(() => expect(username()).not.toHaveAttribute('aria-describedby'));
    expect(dangling()).toEqual([]);
  });

  it('getFieldErrorProps({ id }): your id wins, and the field names that id', async () => {
    const user = userEvent.setup();
    render(
      <Request show={{ error: true }} options={{ transport: pool() }} errorProps={{ id: 'my-error' }} />,
    );
    await user.click(send());
    await waitFor(() => expect(describedBy(username())).toEqual(['my-error']));
    expect(screen.getByText('Enter your username.')).toHaveAttribute('id', 'my-error');
  });

  it('getFieldErrorProps never called: an invalid username names no error message', async () => {
    const user = userEvent.setup();
    render(<Request show={{}} options={{ transport: pool() }} />);
    await user.click(send());
    await waitFor(() => expect(username()).toHaveAttribute('aria-invalid', 'true'));
    expect(username()).not.toHaveAttribute('aria-describedby');
    expect(dangling()).toEqual([]);
  });

  it('getDescriptionProps: rendered after the input, in a memoised child, and still named; then the error after it', async () => {
    const user = userEvent.setup();
    render(
      <StrictMode>
        <Request show={{ hint: true, error: true }} options={{ transport: pool() }} />
      </StrictMode>,
    );
    expect(username()).toHaveAccessibleDescription('The name you sign in with.');
    await user.click(send());
    await waitFor(() =>
      expect(username()).toHaveAccessibleDescription('The name you sign in with. Enter your username.'),
    );
    expect(dangling()).toEqual([]);
  });

  it('no description rendered: the username names nothing at rest', () => {
    render(<Request show={{ error: true }} options={{ transport: pool() }} />);
    expect(username()).not.toHaveAttribute('aria-describedby');
    expect(dangling()).toEqual([]);
  });

  it('getStatusProps and statusMessage: a polite region with the hook’s id, saying the request is on its way', async () => {
    const { transport, answer } = held();
    let result: ForgotPasswordResult | undefined;
    function Probe() {
      const [o] = useState({ transport, defaultUsername: 'alice' });
      const r = useForgotPassword(o);
      result = r;
      return (
        <form {...r.getFormProps()} aria-label="request">
          <button {...r.getSubmitProps()}>Send code</button>
          <p {...r.getStatusProps({ className: 'status' })}>{r.statusMessage}</p>
        </form>
      );
    }
    const user = userEvent.setup();
    render(<Probe />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('id', result!.ids.status);
    expect(status).toHaveClass('status');
    expect(result!.statusMessage).toBeNull();
    await user.click(send());
    await waitFor(() => expect(status).toHaveTextContent('Sending code…'));
    expect(status).toHaveAttribute('data-status', 'submitting');
    expect(send()).toHaveAccessibleName('Send code');
    answer();
    await waitFor(() => expect(result!.status).toBe('success'));
    expect(result!.statusMessage).toBeNull();
    expect(status).toBeEmptyDOMElement();
    expect(status).not.toHaveAttribute('data-status');
  });
});
