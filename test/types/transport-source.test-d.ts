// Exactly one of transport, proxyUrl or actions on each drop-in; locale takes only a shipped tag.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ConfirmResetFormProps,
  ForgotPasswordFormProps,
  LocaleTag,
  PasswordResetProps,
} from '../../src';
import { createMemoryTransport, type ResetActionFunctions } from '../../src/core';
import { createResetActions } from '../../src/server';

const transport = createMemoryTransport({ users: [] });
const actions = createResetActions({ clientId: 'web', endpoint: 'http://127.0.0.1:9/' });

describe('how a drop-in reaches Cognito', () => {
  it('takes exactly one of transport, proxyUrl and actions', () => {
    const ok: PasswordResetProps[] = [{ transport }, { proxyUrl: '/api/reset', locale: 'fr' }, { actions }];
    const forms: [ForgotPasswordFormProps, ConfirmResetFormProps] = [
      { proxyUrl: '/api/reset' },
      { actions, username: 'alice' },
    ];
    expectTypeOf(ok).toBeArray();
    expectTypeOf(forms).toBeArray();
    // @ts-expect-error none
    const none: PasswordResetProps = {};
    // @ts-expect-error two
    const two: PasswordResetProps = { transport, proxyUrl: '/api/reset' };
    // @ts-expect-error two
    const pair: ForgotPasswordFormProps = { proxyUrl: '/api/reset', actions };
    // @ts-expect-error all three
    const three: ConfirmResetFormProps = { transport, proxyUrl: '/x', actions };
    // @ts-expect-error none
    const neither: ConfirmResetFormProps = { username: 'alice' };
    expectTypeOf([none, two, pair, three, neither]).toBeArray();
  });

  it('accepts createResetActions’ pair and an app’s own pass-through actions', () => {
    expectTypeOf(actions).toExtend<ResetActionFunctions>();
    const own: ResetActionFunctions = {
      forgotPassword: async (...args) => actions.forgotPassword(...args),
      confirmForgotPassword: async (...args) => actions.confirmForgotPassword(...args),
    };
    const props: PasswordResetProps = { actions: own };
    expectTypeOf(props).toBeObject();
  });

  it('takes a shipped language tag as locale', () => {
    expectTypeOf<LocaleTag>().toEqualTypeOf<
      'en' | 'ar' | 'de' | 'es' | 'fr' | 'ja' | 'ko' | 'pt-BR' | 'zh-CN'
    >();
    // @ts-expect-error not a shipped catalogue
    const wrong: PasswordResetProps = { proxyUrl: '/api/reset', locale: 'xx' };
    expectTypeOf(wrong).toBeObject();
  });
});
