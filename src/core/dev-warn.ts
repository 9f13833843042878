/**
 * Warns in development only: where the bundler replaces `process.env.NODE_ENV` (Vite, webpack,
 * Next.js, esbuild with `define`) and it is not `production`. Without a bundler `process` may not
 * exist; that reads as production, so a page never gets a warning it cannot act on.
 * @returns whether the warning was printed.
 */
export function devWarn(message: string): boolean {
  let dev = false;
  try {
    dev = process.env.NODE_ENV !== 'production';
  } catch {}
  if (dev) console.warn(`react-cognito-reset: ${message}`);
  return dev;
}
