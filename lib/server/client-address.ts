// The client's address as the app records and throttles it (SPEC §6, ENGINEERING §3): the socket
// peer, or — only when that peer is a configured trusted proxy — the right-most address in
// X-Forwarded-For that isn't a trusted proxy itself. Nothing a client sends can choose it.
import ipaddr from "ipaddr.js";

export type TrustedProxies = (address: string) => boolean;

/** `10.0.0.0/8, 192.168.1.7, ::1` → a matcher; a bad entry throws (the server refuses to start). */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const ranges = (spec ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let range: [ipaddr.IPv4 | ipaddr.IPv6, number];
      try {
        const [text, bits] = entry.split("/");
        if (!ipaddr.IPv4.isValidFourPartDecimal(text) && !ipaddr.IPv6.isValid(text)) throw new Error("not an address");
        range = bits === undefined ? [ipaddr.parse(text), text.includes(":") ? 128 : 32] : ipaddr.parseCIDR(entry);
      } catch {
        throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
      }
      // Peers are compared as IPv4 when they are IPv4-mapped IPv6 addresses, so ranges are too.
      const [address, bits] = range;
      if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96)
        return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96] as const;
      return [address, bits] as const;
    });
  if (ranges.length === 0) return () => false;
  return (text) => {
    const address = parseAddress(text);
    return !!address && ranges.some(([range, bits]) => address.kind() === range.kind() && address.match(range, bits));
  };
}

/** Parses an address (IPv4-mapped IPv6 becomes IPv4; brackets, a port or a zone id are dropped), else null. */
function parseAddress(raw: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const text = raw
    .trim()
    .replace(/^\[([^\]]*)\](:\d+)?$/, "$1")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1")
    .replace(/%.*$/, "");
  if (!ipaddr.IPv4.isValidFourPartDecimal(text) && !ipaddr.IPv6.isValid(text)) return null;
  try {
    return ipaddr.process(text);
  } catch {
    return null;
  }
}

/** The canonical text of an address (IPv4-mapped IPv6 as IPv4, IPv6 compressed), or "unknown". */
export function normalizeAddress(raw: string | undefined): string {
  const parsed = raw ? parseAddress(raw) : null;
  return parsed ? parsed.toString() : "unknown";
}

/**
 * Walks the chain from the socket peer leftwards through X-Forwarded-For while each hop is a
 * trusted proxy; the first untrusted hop is the client. With no trusted proxies that is always
 * the socket address, whatever the header says. A hop that isn't an IP address ends the walk
 * (it is treated as the client, recorded as "unknown").
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  const peer = normalizeAddress(socketAddress);
  if (peer === "unknown" || !trusted(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  let client = peer;
  for (let index = hops.length - 1; index >= 0; index--) {
    client = normalizeAddress(hops[index]);
    if (client === "unknown" || !trusted(client)) return client;
  }
  return client; // every hop is a trusted proxy: the left-most one is as close to the client as we know
}
