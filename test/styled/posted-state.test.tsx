// @vitest-environment node
// What the server renders after a post without JavaScript, as a Node server renders it (no window,
// no document): React hands the hooks the action's answer (`useActionState`); here the same states
// are provided directly. `actions` needs React 19 (React 18 refuses it, tested in
// serialisable-props.test.tsx), so on React 18 only the refusal runs. A clean server render says
// nothing at all.
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PasswordReset } from '../../src';
import { createMemoryTransport, describeError, type ResetFormState } from '../../src/core';
import { PostedContext } from '../../src/headless/form-action';
import { en } from '../../src/i18n/en';
import { createTranslator, type MessageKey, mergeMessages } from '../../src/i18n/messages';

describe.runIf(Number(version.split('.')[0]) >= 19)(
  'the page a post renders (actions without JavaScript)',
  () => {
    let errors: ReturnType<typeof vi.spyOn>;
    let warnings: ReturnType<typeof vi.spyOn>;
    beforeEach(() => {
      errors = vi.spyOn(console, 'error');
      warnings = vi.spyOn(console, 'warn');
    });
    afterEach(() => {
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
    });

    it('renders without a window', () => {
      expect(typeof window).toBe('undefined');
    });

    // What the server renders after a post without JavaScript: React hands the hooks the action's
    // answer (`useActionState`); here the same states are provided directly, on React 18 and 19.
    const posted = (state: ResetFormState) => {
      const action = () => {};
      return renderToString(
        <PostedContext.Provider
          value={{ forgotPassword: { state, action }, confirmForgotPassword: { state, action } }}
        >
          <PasswordReset transport={createMemoryTransport({ users: [] })} />
        </PostedContext.Provider>,
      );
    };
    const t = createTranslator(mergeMessages());
    const words = (code: string, operation: 'forgotPassword' | 'confirmForgotPassword') => {
      const d = describeError({ code }, { operation });
      return t(`errors.${d.messageKey}` as MessageKey, d.params);
    };
    const alertText = (html: string) =>
      html.match(/role="alert"[^>]*>(.*?)<\/div>/)?.[1]?.replace(/<[^>]+>/g, '');
    const submitTag = (html: string) => html.match(/<button type="submit"[^>]*>/)?.[0];
    const DELIVERY = { destination: 'd***@e***', medium: 'EMAIL' as const, attributeName: 'email' };

    it.each([
      ['InvalidParameterException', 'forgotPassword'],
      ['CodeDeliveryFailureException', 'forgotPassword'],
      ['LimitExceededException', 'forgotPassword'],
    ] as const)(
      'a request post that failed (%s): the request step, its words, the username kept',
      (code, operation) => {
        const html = posted({
          step: 'request',
          username: 'dan d',
          error: { code, message: '', retryable: false },
        });
        expect(html).toContain('data-step="request"');
        expect(alertText(html)).toBe(words(code, operation));
        expect(html).toMatch(
          /<input[^>]*name="username"[^>]*value="dan d"|<input[^>]*value="dan d"[^>]*name="username"/,
        );
        expect(submitTag(html)).not.toContain('disabled');
        expect(html).not.toMatch(/method="post"/i);
      },
    );

    it('a request post that sent a code: the confirm step, where it went, the username carried', () => {
      const html = posted({ step: 'confirm', username: 'dan', delivery: DELIVERY });
      expect(html).toContain('data-step="confirm"');
      expect(html).toContain('We sent a code by email to d***@e***.');
      expect(html).toMatch(/<input[^>]*name="username"[^>]*value="dan"/);
      expect(alertText(html)).toBe('');
      expect(submitTag(html)).not.toContain('disabled');
      // Steps that need JavaScript say so before it runs (or without it): disabled, like "Resend code".
      expect(html).toMatch(/<button type="button"[^>]*data-slot="change-username"[^>]*disabled=""/);
    });

    it.each([
      ['CodeMismatchException'],
      ['ExpiredCodeException'],
      ['InvalidPasswordException'],
      ['TooManyFailedAttemptsException'],
    ])('a confirm post that failed (%s): the confirm step, its words, username and delivery kept', (code) => {
      const html = posted({
        step: 'confirm',
        username: 'dan',
        delivery: DELIVERY,
        error: { code, message: '', retryable: false, status: 400 },
      });
      expect(html).toContain('data-step="confirm"');
      expect(alertText(html)).toBe(words(code, 'confirmForgotPassword'));
      expect(html).toContain('We sent a code by email to d***@e***.');
      expect(html).toMatch(/<input[^>]*name="username"[^>]*value="dan"/);
    });

    it('a confirmation the server found different: the schema’s words', () => {
      const html = posted({ step: 'confirm', username: 'dan', invalid: 'passwordMismatch' });
      expect(alertText(html)).toBe(en.validation.passwordMismatch);
    });

    it('a confirm post that reset the password: the success view', () => {
      const html = posted({ step: 'success', username: 'dan' });
      expect(html).toContain('data-step="success"');
      expect(html).toContain(en.successHeading);
      expect(html).not.toContain('<form');
    });
  },
);
