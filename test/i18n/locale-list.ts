import type { Messages } from '../../src/i18n/en';
import ar from '../../src/i18n/locales/ar';
import de from '../../src/i18n/locales/de';
import es from '../../src/i18n/locales/es';
import fr from '../../src/i18n/locales/fr';
import ja from '../../src/i18n/locales/ja';
import ko from '../../src/i18n/locales/ko';
import ptBR from '../../src/i18n/locales/pt-BR';
import zhCN from '../../src/i18n/locales/zh-CN';

/** Every shipped catalogue by tag; catalogues.test.ts checks this matches src/i18n/locales/. */
export const LOCALES: Record<string, Messages> = {
  es,
  fr,
  de,
  'pt-BR': ptBR,
  ja,
  'zh-CN': zhCN,
  ko,
  ar,
};

/** `[tag, catalogue]` pairs for `it.each`. */
export const LOCALE_ENTRIES = Object.entries(LOCALES);
