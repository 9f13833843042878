import { useMemo } from 'react';
import type { ResetActionFunctions } from '../core/action-results';
import { createActionTransport } from '../core/action-transport';
import { createProxyTransport } from '../core/proxy-transport';
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
 * The transport a drop-in's props name, created once per `proxyUrl` or pair of actions.
 * @throws TypeError when not exactly one of `transport`, `proxyUrl` and `actions` is given (it
 * names which), or when `proxyUrl` is one `createProxyTransport` refuses.
 */
export function useTransportSource(
  props: { transport?: ResetTransport; proxyUrl?: string; actions?: ResetActionFunctions },
  component: string,
): ResetTransport {
  const { transport, proxyUrl, actions } = props;
  const given = (['transport', 'proxyUrl', 'actions'] as const).filter((key) => props[key] != null);
  if (given.length !== 1) {
    throw new TypeError(
      `<${component}>: pass exactly one of transport, proxyUrl or actions (${given.length ? `got ${given.join(' and ')}` : 'got none'})`,
    );
  }
  const forgot = actions?.forgotPassword;
  const confirm = actions?.confirmForgotPassword;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the pair is read through its two functions
  const built = useMemo(
    () =>
      proxyUrl != null ? createProxyTransport({ url: proxyUrl }) : actions && createActionTransport(actions),
    [proxyUrl, forgot, confirm],
  );
  return transport ?? built!;
}
