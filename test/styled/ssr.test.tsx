// @vitest-environment node
// Server rendering as a Node server does it: no window, no document. The same file runs in the
// React 18 project (vitest.react18.config.ts), hence the stream from `react-dom/server.browser`:
// the Web-streams renderer (what edge runtimes and Next.js use) that both React 18 and 19 ship.
import { renderToString } from 'react-dom/server';
import { renderToReadableStream } from 'react-dom/server.browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmResetForm } from '../../src';
import { createMemoryTransport } from '../../src/core';

const OLD = 'Old-pass1!';
const CODE = '123456';

async function pool() {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: OLD, email: 'alice@example.com' }],
    generateCode: () => CODE,
  });
  // A code is pending, so a leak of the pool's state into the markup would show.
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

function form(transport: Awaited<ReturnType<typeof pool>>) {
  return (
    <ConfirmResetForm
      transport={transport}
      username="alice"
      delivery={{ destination: 'a***@e***', medium: 'EMAIL' }}
    />
  );
}

async function streamToText(stream: ReadableStream<Uint8Array>) {
  let html = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) html += decoder.decode(chunk);
  return html;
}

/** Every `<name …>` opening tag, lower-cased: attribute names are case-insensitive in HTML, and
 * React 18 writes `novalidate` where React 19 writes `noValidate`. */
function tags(html: string, name: string) {
  return (html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? []).map((tag) => tag.toLowerCase());
}

function expectServerMarkup(html: string) {
  const forms = tags(html, 'form');
  expect(forms).toHaveLength(1);
  // Enter pressed before hydration posts the form: a GET would put the password in the URL.
  expect(forms[0]).toContain('method="post"');
  expect(forms[0]).toContain('novalidate=""');

  const submit = tags(html, 'button').filter((t) => t.includes('type="submit"'));
  expect(submit).toHaveLength(1);
  expect(submit[0]).toMatch(/\sdisabled=""/);
  const resend = tags(html, 'button').filter((t) => t.includes('data-slot="resend"'));
  expect(resend[0]).toMatch(/\sdisabled=""/);

  for (const input of tags(html, 'input')) {
    if (input.includes('autocomplete="username"')) {
      expect(input).toContain('value="alice"');
      expect(input).toContain('readonly=""');
    } else {
      // Code and passwords are uncontrolled: no value attribute for React to mirror a secret into.
      expect(input).not.toMatch(/\svalue=/);
    }
  }
  expect(tags(html, 'input').filter((t) => t.includes('type="password"'))).toHaveLength(2);

  expect(html).toContain('Reset password');
  expect(html).toContain('a***@e***');
  expect(html).not.toContain(OLD);
  expect(html).not.toContain(CODE);
  expect(html).not.toContain('alice@example.com');
}

describe('server rendering of <ConfirmResetForm>', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  let warnings: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error');
    warnings = vi.spyOn(console, 'warn');
  });
  afterEach(() => {
    // React 18 warns here about a useLayoutEffect reached on the server, React 19 about keys and
    // invalid attributes: a clean server render says nothing at all.
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('runs without a window', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renderToString holds a post form, a disabled submit and no secret', async () => {
    const html = renderToString(form(await pool()));
    expectServerMarkup(html);
    expect(html).toContain('data-state="idle"');
  });

  it('renderToReadableStream streams the same markup', async () => {
    const transport = await pool();
    const stream = await renderToReadableStream(form(transport));
    await stream.allReady;
    const html = await streamToText(stream);
    expectServerMarkup(html);
    expect(html).toBe(renderToString(form(transport)));
  });

  it('asks for the username on the server when none is given', async () => {
    const html = renderToString(<ConfirmResetForm transport={await pool()} />);
    const username = tags(html, 'input').find((t) => t.includes('name="username"'));
    expect(username).toBeDefined();
    expect(username).not.toMatch(/\svalue=/);
    expect(username).not.toContain('readonly');
    expect(tags(html, 'form')[0]).toContain('method="post"');
  });
});
