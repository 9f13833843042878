import type { Message, MessageParams } from './types';

// Shared by English and every locale module, so it must hold no words of any language: a
// locale's bundle pulls this file in, and only the imported catalogue's text may ride along.

/** The request id in `params`, when it is a non-empty string; otherwise undefined. */
export function requestIdOf(params: MessageParams): string | undefined {
  const id = params.requestId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * Wraps a message so that, when `params.requestId` is a non-empty string, the language's
 * reference text is appended: support can find the call in CloudTrail by that id.
 * @param text The message without a reference.
 * @param reference How the language appends the id, e.g. `(id) => \` (Reference: ${id})\``.
 */
export function withReference(text: string, reference: (requestId: string) => string): Message {
  return (params) => {
    const id = requestIdOf(params);
    return id === undefined ? text : text + reference(id);
  };
}

/** A wait rounded for display: whole seconds under two minutes, whole minutes above. */
export interface WaitTime {
  /** The number to show. */
  count: number;
  /** What `count` counts. */
  unit: 'second' | 'minute';
}

/**
 * `params.seconds` as a duration to show. Cognito publishes no wait and sends no Retry-After,
 * so the value may be anything; a missing, zero or non-numeric one reads as a minute rather
 * than "0 seconds", which would invite an immediate retry that is throttled again.
 */
export function waitTime(params: MessageParams): WaitTime {
  const raw = Number(params.seconds);
  const seconds = Number.isFinite(raw) && raw > 0 ? Math.ceil(raw) : 60;
  return seconds < 120
    ? { count: seconds, unit: 'second' }
    : { count: Math.ceil(seconds / 60), unit: 'minute' };
}

/** One text per CLDR plural category the language uses; `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (n: number) => string>> & {
  other: (n: number) => string;
};

/**
 * Builds a function that picks the right plural form of a count for a language, by CLDR rules
 * (`Intl.PluralRules`): Arabic has six categories, French counts 0 as singular, Japanese none.
 * The rules object is created on first use, so importing a catalogue costs nothing.
 * @param locale A BCP 47 tag, e.g. `'ar'`.
 * @param forms Text per category; categories left out fall back to `other`.
 */
export function plural(locale: string, forms: PluralForms): (count: unknown) => string {
  let rules: Intl.PluralRules | undefined;
  return (count) => {
    const n = Number(count);
    // A non-number (a caller's mistake) is shown as given rather than as "NaN".
    if (!Number.isFinite(n)) return forms.other(count as number);
    rules ??= new Intl.PluralRules(locale);
    return (forms[rules.select(n)] ?? forms.other)(n);
  };
}

/**
 * Builds the `params.seconds` wait as a language's words, rounded by `waitTime`.
 * @param seconds The language's "N seconds", e.g. a `plural(...)` result.
 * @param minutes The language's "N minutes".
 */
export function waitDuration(
  seconds: (count: number) => string,
  minutes: (count: number) => string,
): (params: MessageParams) => string {
  return (params) => {
    const { count, unit } = waitTime(params);
    return unit === 'second' ? seconds(count) : minutes(count);
  };
}

/**
 * Wraps left-to-right text (an email, a phone number, a request id, a row of symbols) in
 * Unicode isolates, so inside a right-to-left sentence a leading `+` or trailing `.` stays
 * where the writer put it instead of being moved by the bidi algorithm.
 */
export function ltrIsolate(text: unknown): string {
  return `\u2066${String(text)}\u2069`;
}
