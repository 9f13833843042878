import ipaddr from 'ipaddr.js';

/**
 * Which header (or function) tells the handler the user's IP address. Without it the handler
 * never sends `UserContextData.IpAddress`: a header anyone can set is not evidence.
 */
export type TrustProxy =
  | {
      /** The header your proxy writes, e.g. `x-forwarded-for`, `x-real-ip`, `cf-connecting-ip`. */
      header: string;
      /**
       * How many trusted proxies append to that header. The address is read this many entries from
       * the right, because entries further left were written by the client and can be forged.
       * @default 1
       */
      hops?: number;
    }
  | ((request: Request) => string | null | undefined);

// Cognito takes a bare address: no port, no brackets, no zone, no `for=` syntax. ipaddr.js (the
// parser behind Express's proxy-addr) validates strictly: four decimal parts each 0-255 for IPv4,
// RFC 4291 forms for IPv6. Anything else is dropped rather than forwarded, so a mangled or forged
// header cannot turn into an InvalidParameter or a false address.
function asIp(value: unknown): string | undefined {
  const ip = typeof value === 'string' ? value.trim() : '';
  if (!ip || ip.length > 45) return undefined;
  return ipaddr.IPv4.isValidFourPartDecimal(ip) || (ipaddr.IPv6.isValid(ip) && !ip.includes('%'))
    ? ip
    : undefined;
}

/**
 * The client's IP address as `trust` defines it, or `undefined` when there is no trust setting,
 * no such header, fewer entries than `hops`, a value that is not a plain IPv4 or IPv6 address, or
 * a `trust` function that throws or returns anything but a string. Never throws.
 */
export function clientIp(request: Request, trust: TrustProxy | undefined): string | undefined {
  if (!trust) return undefined;
  if (typeof trust === 'function') {
    try {
      return asIp(trust(request));
    } catch {
      return undefined;
    }
  }
  // Headers.get joins repeated header lines with ", ", so one split covers both forms.
  const entries = (request.headers.get(trust.header) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = Math.max(1, Math.floor(trust.hops ?? 1));
  return entries.length >= hops ? asIp(entries[entries.length - hops]) : undefined;
}
