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

// Cognito takes a bare address: no port, no brackets, no `for=` syntax. Anything else is
// dropped rather than forwarded, so a mangled header cannot turn into an InvalidParameter.
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^[0-9a-f]*:[0-9a-f:.]*$/i;

function asIp(value: string | null | undefined): string | undefined {
  const ip = value?.trim();
  if (!ip || ip.length > 45) return undefined;
  return IPV4.test(ip) || IPV6.test(ip) ? ip : undefined;
}

/**
 * The client's IP address as `trust` defines it, or `undefined` when there is no trust setting,
 * no such header, fewer entries than `hops`, or a value that is not a plain IP address.
 */
export function clientIp(request: Request, trust: TrustProxy | undefined): string | undefined {
  if (!trust) return undefined;
  if (typeof trust === 'function') return asIp(trust(request));
  // Headers.get joins repeated header lines with ", ", so one split covers both forms.
  const entries = (request.headers.get(trust.header) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = Math.max(1, Math.floor(trust.hops ?? 1));
  return entries.length >= hops ? asIp(entries[entries.length - hops]) : undefined;
}
