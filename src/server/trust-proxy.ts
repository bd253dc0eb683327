/** Whether the address at `hop` (0 = the socket's peer) is a proxy whose X-Forwarded-For entry may be believed. */
export type TrustProxy = false | string | ((address: string, hop: number) => boolean);

/**
 * Which proxies in front of the app may say who the client is, from
 * TRUST_PROXY: unset or `false` trusts none (the socket's address is the
 * client); `true` or a number trusts that many hops (`true` = 1: the one
 * proxy in front, whose appended X-Forwarded-For entry is used and anything
 * the client wrote before it is ignored); otherwise a comma-separated list
 * of proxy addresses or CIDR ranges. Never "trust every hop": then the
 * client picks its own address and gets a fresh login budget per guess.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const setting = value?.trim() ?? '';
  if (setting === '' || setting === 'false') return false;
  const hops = setting === 'true' ? 1 : /^\d+$/.test(setting) ? Number(setting) : undefined;
  // A function, because Fastify reads a bare number as "trust nothing".
  if (hops !== undefined) return hops === 0 ? false : (_address, hop) => hop < hops;
  return setting
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(',');
}
