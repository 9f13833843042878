import type { PartialMessages } from './en';

/**
 * Each shipped catalogue but English, loaded on demand: one `import()` per locale, so a bundler
 * makes each its own chunk and a page downloads only the language it shows. The keys are the
 * tags `locale` accepts (besides `en`, which is built in).
 */
export const LOCALE_LOADERS = {
  ar: () => import('./locales/ar'),
  de: () => import('./locales/de'),
  es: () => import('./locales/es'),
  fr: () => import('./locales/fr'),
  ja: () => import('./locales/ja'),
  ko: () => import('./locales/ko'),
  'pt-BR': () => import('./locales/pt-BR'),
  'zh-CN': () => import('./locales/zh-CN'),
} satisfies Record<string, () => Promise<{ default: PartialMessages }>>;

/** A language tag of a catalogue the package ships: `en` (built in) or one of `locales/<tag>`. */
export type LocaleTag = 'en' | keyof typeof LOCALE_LOADERS;
