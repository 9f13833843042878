import type { Messages } from '../../src/i18n/en';

// Every shipped catalogue, found by file name: a locale added to src/i18n/locales/ shows up in the
// overview story, whose play function then asks for its own story.
const modules = import.meta.glob<Messages>('../../src/i18n/locales/*.ts', { eager: true, import: 'default' });

/** Shipped catalogues by tag (`es`, `pt-BR`, `ar`…), in file-name order. */
export const CATALOGUES: Record<string, Messages> = Object.fromEntries(
  Object.entries(modules).map(([path, messages]) => [path.replace(/^.*\/|\.ts$/g, ''), messages]),
);
