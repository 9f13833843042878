import { useEffect, useMemo, useState } from 'react';
import type { ResetActionFunctions } from '../core/action-results';
import { CognitoError } from '../core/cognito-error';
import type { ResetTransport } from '../core/types';

/**
 * How a drop-in reaches Cognito: exactly one of three. `transport` is an object of functions (a
 * Client Component's); `proxyUrl` and `actions` are serialisable, so a Server Component can pass
 * them straight to the drop-in.
 */
export type TransportSource =
  | {
      /** How to reach Cognito. May be a new object on every render. */
      transport: ResetTransport;
      proxyUrl?: never;
      actions?: never;
    }
  | {
      transport?: never;
      /**
       * Where `createResetHandler` is mounted (`"/api/reset"`): the component builds
       * `createProxyTransport({ url: proxyUrl })` itself, once per URL. A string, so a Server
       * Component can pass it.
       */
      proxyUrl: string;
      actions?: never;
    }
  | {
      transport?: never;
      proxyUrl?: never;
      /**
       * **React 19 only.** Two Server Actions (`createResetActions`' pair, exported from a
       * `'use server'` module): before hydration, and without JavaScript, the form posts to them
       * (`useActionState`) and the page shows the next step or the error; once hydrated, requests
       * go through `createActionTransport(actions)`.
       */
      actions: ResetActionFunctions;
    };

/**
 * @throws TypeError when not exactly one of `transport`, `proxyUrl` and `actions` is given,
 * naming which, or when the `transport` or `actions` given lacks either function
 * (`forgotPassword`, `confirmForgotPassword`): checked before anything else, so React 18 says this
 * before it says `actions` needs 19, and a pair missing a function fails at render, not as a
 * `NetworkError` on every submit.
 */
export function checkTransportSource(
  props: { transport?: unknown; proxyUrl?: unknown; actions?: unknown },
  component: string,
): void {
  const given = (['transport', 'proxyUrl', 'actions'] as const).filter((key) => props[key] != null);
  // A transport or an action pair without both functions would fail only on submit, as a NetworkError.
  const value = given[0] !== 'proxyUrl' && Object(props[given[0]!]);
  const lacking =
    value && typeof value.forgotPassword + typeof value.confirmForgotPassword !== 'functionfunction';
  if (given.length !== 1 || lacking) {
    throw new TypeError(
      `<${component}>: pass exactly one of transport, proxyUrl or actions (got ${given.join(' and ') || 'none'}${given[1] || !lacking ? '' : ' without forgotPassword and confirmForgotPassword functions'})`,
    );
  }
}

/**
 * The transport a drop-in's props name. For `proxyUrl` and `actions` it is built once per URL or
 * pair, from a module loaded as its own chunk when the component first renders (apps that pass
 * `transport` never download it); a request sent before it is in waits for it, and one that cannot
 * load it fails as `NetworkError`.
 * @throws TypeError when not exactly one of `transport`, `proxyUrl` and `actions` is given (it
 * names which), and, once mounted, `createProxyTransport`'s TypeError for a `proxyUrl` it refuses.
 */
export function useTransportSource(
  props: { transport?: ResetTransport; proxyUrl?: string; actions?: ResetActionFunctions },
  component: string,
): ResetTransport {
  const { transport, proxyUrl, actions } = props;
  checkTransportSource(props, component);
  const forgot = actions?.forgotPassword;
  const confirm = actions?.confirmForgotPassword;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the pair is read through its two functions
  const built = useMemo(() => {
    if (transport) return undefined;
    const ready =
      proxyUrl != null
        ? import('../core/proxy-transport').then((m) => m.createProxyTransport({ url: proxyUrl }))
        : import('../core/action-transport').then((m) => m.createActionTransport(actions!));
    // Never an unhandled rejection (a server render has no effect to read it): calls and the effect do.
    ready.catch(() => {});
    const call =
      (name: keyof ResetTransport) =>
      (input: never, options?: object): Promise<never> =>
        ready.then(
          (t) => t[name](input, options) as Promise<never>,
          (cause) => {
            throw new CognitoError({ code: 'NetworkError', cause });
          },
        );
    return {
      ready,
      forgotPassword: call('forgotPassword'),
      confirmForgotPassword: call('confirmForgotPassword'),
    };
  }, [transport == null, proxyUrl, forgot, confirm]);
  // A URL createProxyTransport refuses is the app's mistake: it surfaces loudly, once mounted.
  const [refused, setRefused] = useState<unknown>();
  useEffect(() => {
    built?.ready.catch((error: Error) => {
      if (/^createProxyTransport/.test(error.message)) setRefused(error);
    });
  }, [built]);
  if (refused) throw refused;
  return transport ?? built!;
}
