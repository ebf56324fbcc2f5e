// @ts-check
import { readSetting } from './settings.mjs'

export { DEFAULT_TRUSTED_PROXY_HOPS } from './settings.mjs'

/** Set by `server/index.mjs` on every request, over anything the client sent under that name. */
export const CLIENT_ADDRESS_HEADER = 'x-crossroads-client-address'

/**
 * How many proxies in front of the server append the address they saw to `X-Forwarded-For`
 * (`TRUSTED_PROXY_HOPS`): 0 when clients connect directly, the default; 1 behind one reverse proxy.
 * @param {string | undefined} value
 * @returns {number}
 */
export const parseTrustedProxyHops = (value) => readSetting('TRUSTED_PROXY_HOPS', { TRUSTED_PROXY_HOPS: value })

/**
 * The client's address: the socket's peer when no proxy is trusted; otherwise the address the
 * outermost trusted proxy saw, which is the entry that proxy appended to `X-Forwarded-For`.
 * Entries further left were sent by the client and could say anything.
 * @param {{ forwardedFor: null | string | string[] | undefined; socketAddress: null | string | undefined; trustedHops: number }} options
 * @returns {string}
 */
export const clientAddressOf = ({ forwardedFor, socketAddress, trustedHops }) => {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...forwarded, socketAddress || 'unknown']
  return chain[Math.max(0, chain.length - 1 - trustedHops)]
}
