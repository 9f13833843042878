import { en, type Messages, type PartialMessages } from './en';
import { formatMessage, type Message, type MessageParams } from './types';

/** Merges partial catalogues over English, one level deep (so `{ errors: { network: '…' } }` works). */
export function mergeMessages(...overrides: (PartialMessages | undefined)[]): Messages {
  const out: Record<string, unknown> = { ...en };
  for (const o of overrides) {
    if (!o) continue;
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined) continue;
      const base = out[k];
      out[k] = typeof v === 'object' && typeof base === 'object' ? { ...base, ...v } : v;
    }
  }
  return out as Messages;
}

/** Keys that hold a message directly. */
export type TopKey = { [K in keyof Messages]: Messages[K] extends Message ? K : never }[keyof Messages];
/** Keys of nested groups: `rules.minLength`, `errors.network`, `validation.codeRequired`. */
export type GroupKey = {
  [G in keyof Messages]: Messages[G] extends Record<string, Message>
    ? `${G & string}.${keyof Messages[G] & string}`
    : never;
}[keyof Messages];
/** Any message key. */
export type MessageKey = Exclude<TopKey, 'dir' | 'lang'> | GroupKey;

/** A translate function bound to one merged catalogue. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Builds a translate function. An unknown key renders as itself, so a gap is visible, never a crash. */
export function createTranslator(messages: Messages): Translate {
  return (key, params) => {
    const dot = key.indexOf('.');
    const m =
      dot < 0
        ? (messages as unknown as Record<string, Message>)[key]
        : (messages as unknown as Record<string, Record<string, Message>>)[key.slice(0, dot)]?.[
            key.slice(dot + 1)
          ];
    return m === undefined ? key : formatMessage(m, params);
  };
}

/** The catalogue key of `describeError`'s message (`errors.<messageKey>`): the one place the prefix is written. */
export function errorMessageKey(description: { messageKey: string }): MessageKey {
  return `errors.${description.messageKey}` as MessageKey;
}
