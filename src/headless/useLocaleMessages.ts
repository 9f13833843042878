import * as React from 'react';
import { useMemo } from 'react';
import type { PartialMessages } from '../i18n/en';
import { LOCALE_LOADERS, type LocaleTag } from '../i18n/locale-loaders';
import { mergeMessages } from '../i18n/messages';

// A promise that says how it settled, read the way React 19's `use` reads one (`status`, `value`,
// `reason`): a catalogue loaded once renders synchronously from then on, on the server and in the
// browser alike, with no Suspense round trip.
type Loading = Promise<PartialMessages> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: PartialMessages;
  reason?: unknown;
};
const loading = new Map<string, Loading>();

function load(tag: keyof typeof LOCALE_LOADERS): Loading {
  let promise = loading.get(tag);
  if (!promise) {
    const started: Loading = LOCALE_LOADERS[tag]().then((module) => module.default);
    started.status = 'pending';
    started.then(
      (value) => Object.assign(started, { status: 'fulfilled', value }),
      (reason) => {
        Object.assign(started, { status: 'rejected', reason });
        // A failed chunk load may succeed on the next render (a flaky network): forget it.
        loading.delete(tag);
      },
    );
    loading.set(tag, started);
    promise = started;
  }
  return promise;
}

// React 19's `use`; React 18 has none, and takes a thrown promise as the same request to wait.
const use = (React as { use?: <T>(promise: Promise<T>) => T }).use;

/**
 * The messages for a serialisable `locale` tag (what a Server Component can pass) merged under the
 * app's `messages`. The catalogue is loaded with its own `import()`; until it is in, the component
 * suspends: a server render waits for it (the HTML holds the right words and hydration keeps them),
 * and a browser-only mount shows the nearest `<Suspense>` fallback — never English first.
 * @throws TypeError for a tag the package ships no catalogue for (the list: {@link LocaleTag}).
 */
export function useLocaleMessages(
  locale: LocaleTag | undefined,
  messages: PartialMessages | undefined,
): PartialMessages | undefined {
  let catalogue: PartialMessages | undefined;
  if (locale !== undefined && locale !== 'en') {
    if (!Object.hasOwn(LOCALE_LOADERS, locale)) {
      throw new TypeError(
        `react-cognito-reset: no catalogue for locale "${locale}"; use one of en, ${Object.keys(LOCALE_LOADERS).join(', ')}, or pass messages`,
      );
    }
    const promise = load(locale as keyof typeof LOCALE_LOADERS);
    // On React 19 always through `use`, settled or not: when a suspended render is replayed, `use`
    // is what hands the hooks after it back to the mount dispatcher (skipping it then breaks them).
    if (use) catalogue = use(promise);
    else if (promise.status === 'fulfilled') catalogue = promise.value;
    else throw promise.status === 'rejected' ? promise.reason : promise;
  }
  // The hooks memoise on this object's identity: the same inputs give the same object.
  return useMemo(
    () => (catalogue && messages ? mergeMessages(catalogue, messages) : (catalogue ?? messages)),
    [catalogue, messages],
  );
}
