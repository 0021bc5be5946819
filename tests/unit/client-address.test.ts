// The client address the app server sets (lib/server/client-address.ts): X-Forwarded-For counts
// only when the socket peer is a configured trusted proxy, and then its right-most untrusted hop.
import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies } from "@/lib/server/client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.7, fd00::/8");

describe("client address", () => {
  it("ignores X-Forwarded-For by default: the socket address is the client", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", ["198.51.100.1", "198.51.100.2"], none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:127.0.0.1", "1.2.3.4", parseTrustedProxies(""))).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from an untrusted peer even when proxies are configured", () => {
    expect(clientAddress("203.0.113.9", "10.0.0.1, 198.51.100.1", proxies)).toBe("203.0.113.9");
  });

  it("honours a trusted proxy: the right-most address it reports", () => {
    expect(clientAddress("10.1.2.3", "198.51.100.7", proxies)).toBe("198.51.100.7");
    // A client's forged entries sit left of what the proxy appended.
    expect(clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7", proxies)).toBe("198.51.100.7");
  });

  it("walks a chain of trusted proxies and stops at the first untrusted hop", () => {
    expect(clientAddress("192.168.1.7", "6.6.6.6, 198.51.100.7, 10.0.0.2, 10.9.9.9", proxies)).toBe("198.51.100.7");
    expect(clientAddress("192.168.1.7", ["6.6.6.6, 198.51.100.7", "10.0.0.2"], proxies)).toBe("198.51.100.7");
    // Every hop trusted: the left-most is the closest to the client we know.
    expect(clientAddress("10.0.0.1", "10.0.0.2, 10.0.0.3", proxies)).toBe("10.0.0.2");
    // A trusted proxy and no header: the proxy itself.
    expect(clientAddress("10.0.0.1", undefined, proxies)).toBe("10.0.0.1");
  });

  it("treats a hop that is no IP address as the client, recorded as unknown", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.7, not-an-ip", proxies)).toBe("unknown");
    expect(clientAddress("10.0.0.1", "1.2.3", proxies)).toBe("unknown");
    expect(clientAddress(undefined, "1.2.3.4", proxies)).toBe("unknown");
  });

  it("handles IPv6 peers, ranges and IPv4-mapped addresses", () => {
    expect(clientAddress("fd12::1", "2001:db8::1", proxies)).toBe("2001:db8::1");
    expect(clientAddress("2001:db8::9", "2001:db8::1", proxies)).toBe("2001:db8::9");
    // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; IPv4 ranges still match them.
    expect(clientAddress("::ffff:10.0.0.5", "::ffff:198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(clientAddress("::1", "1.2.3.4", parseTrustedProxies("::1"))).toBe("1.2.3.4");
    expect(clientAddress("::ffff:127.0.0.1", "1.2.3.4", parseTrustedProxies("::ffff:127.0.0.1"))).toBe("1.2.3.4");
    expect(clientAddress("10.0.0.1", "[2001:db8::1]:4711, 10.0.0.2", proxies)).toBe("2001:db8::1");
    expect(clientAddress("10.0.0.1", "198.51.100.7:51000", proxies)).toBe("198.51.100.7");
  });

  it("normalises addresses", () => {
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("2001:0db8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("")).toBe("unknown");
  });

  it("refuses a bad TRUSTED_PROXIES entry", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.example")).toThrow(/proxy\.example/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
  });
});
