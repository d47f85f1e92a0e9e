import { BlockList, isIP } from 'node:net';

/** Who may read `/metrics`: a bearer token, and/or addresses and CIDR ranges. */
export interface MetricsAccess {
  token: string | null;
  /** IPs or CIDR ranges (`10.0.0.0/8`, `::1`); empty by default, so only the token opens the endpoint. */
  allow: string[];
}

/**
 * Reads KC_METRICS_TOKEN and KC_METRICS_ALLOW (comma list); a short token, or an entry that is no address, is
 * refused at start.
 */
export function metricsAccessFrom(env: NodeJS.ProcessEnv = process.env): MetricsAccess {
  const allow = (env.KC_METRICS_ALLOW ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  for (const entry of allow) {
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`KC_METRICS_ALLOW 中的“${entry}”不是 IP 地址或 CIDR 网段（例如 10.0.0.0/8、127.0.0.1）`);
    }
  }
  const token = env.KC_METRICS_TOKEN || null;
  // A scraper's token is sent on every scrape and kept in its configuration: it must not be guessable.
  if (token !== null && token.length < 16) {
    throw new Error('KC_METRICS_TOKEN 至少 16 个字符（可用 openssl rand -hex 24 生成）');
  }
  return { token, allow };
}

/** True when the client's address (req.ip, already resolved through trusted proxies) is in the allow-list. */
export function metricsAddressAllowed(allow: readonly string[], ip: string): boolean {
  if (allow.length === 0) return false;
  const list = new BlockList();
  for (const entry of allow) {
    const [address, bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const family = isIP(plain);
  if (!family) return false;
  return list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
}
