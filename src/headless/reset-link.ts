/** Options of {@link readResetLink}. */
export interface ResetLinkOptions {
  /**
   * The query (or fragment) parameter names the link uses.
   * @default { code: 'code', username: 'username' }
   */
  params?: { code?: string; username?: string };
  /** The window whose address is read and scrubbed. @default globalThis.window */
  window?: Pick<Window, 'location' | 'history'>;
}

/** What a reset link carried; a value is absent when the link did not carry it (or was blank). */
export interface ResetLink {
  code?: string;
  username?: string;
}

/**
 * Reads the confirmation code and username from a reset link (a custom message Lambda often
 * sends `https://app.example.com/reset?username=alice&code=123456`) and removes both from the
 * address bar at once with `history.replaceState`, so the code stays out of the history, out of
 * bookmarks and screenshots of the URL, and out of the `Referer` of any later request. Reads the
 * query and the fragment (`#code=…` never reaches a server, so prefer it in your links); other
 * parameters, the path and `history.state` are kept. A second call on the scrubbed address returns
 * what the first one read, so calling it from a component that renders twice (StrictMode) is safe.
 * Returns `{}` outside a browser.
 *
 * Pass the result to the form: `<ConfirmResetForm username={link.username} defaultCode={link.code} />`.
 * Serve the page with `Referrer-Policy: no-referrer` (or `same-origin`) so the address is never
 * sent to another host even before this runs.
 */
export function readResetLink(options: ResetLinkOptions = {}): ResetLink {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  if (!win) return {};
  const names = { code: options.params?.code ?? 'code', username: options.params?.username ?? 'username' };
  const before = win.location.href;
  const url = new URL(before);
  const hash = new URLSearchParams(url.hash.slice(1));
  const found: ResetLink = {};
  let changed = false;
  for (const key of ['code', 'username'] as const) {
    for (const params of [url.searchParams, hash]) {
      if (!params.has(names[key])) continue;
      const value = params.get(names[key])?.trim();
      if (value && found[key] === undefined) found[key] = value;
      params.delete(names[key]);
      changed = true;
    }
  }
  if (!changed) return remembered?.href === before ? { ...remembered.link } : {};
  const rest = hash.toString();
  url.hash = rest ? `#${rest}` : '';
  win.history.replaceState(win.history.state, '', url.href);
  remembered = { href: win.location.href, link: found };
  return { ...found };
}

/** The last link read, keyed by the address it left behind. */
let remembered: { href: string; link: ResetLink } | undefined;
