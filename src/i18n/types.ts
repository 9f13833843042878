/** Parameters a message may use (minimum length, seconds to wait, masked destination…). */
export type MessageParams = Record<string, string | number>;

/**
 * One user-visible string: a plain string, or a function of named parameters so a
 * language can order and inflect them itself.
 */
export type Message = string | ((params: MessageParams) => string);

/** Renders a message with its parameters. */
export function formatMessage(message: Message, params: MessageParams = {}): string {
  return typeof message === 'function' ? message(params) : message;
}
