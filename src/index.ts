'use client';
export * from './headless';
export type { Messages, PartialMessages } from './i18n/en';
export { en as englishMessages } from './i18n/en';
export * from './styled';
