// app/reset-password/page.tsx — a Server Component: no 'use client' wrapper. Every prop is
// serialisable: the drop-in builds the proxy transport for `proxyUrl` and loads the catalogue for
// `locale` itself (each language its own chunk), and the server renders it in that language.

import type { LocaleTag } from 'react-cognito-reset';
import { PasswordReset } from 'react-cognito-reset';

const LOCALES: readonly LocaleTag[] = ['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar'];

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ lang?: string; username?: string }>;
}) {
  const { lang, username } = await searchParams;
  return (
    <PasswordReset
      proxyUrl="/api/reset"
      locale={LOCALES.find((tag) => tag === lang) ?? 'en'}
      defaultUsername={username}
      passwordPolicy={{ minimumLength: 12 }}
      continueHref="/sign-in"
    />
  );
}
