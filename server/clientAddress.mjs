// @ts-check

/** Set by `server/index.mjs` on every request, over anything the client sent under that name. */
export const CLIENT_ADDRESS_HEADER = 'x-crossroads-client-address'

/**
 * No proxy unless told: `npm start` as the README starts it faces clients directly, and trusting a
 * proxy that is not there would let every client name its own address in `X-Forwarded-For`.
 */
export const DEFAULT_TRUSTED_PROXY_HOPS = 0

/**
 * How many proxies in front of the server append the address they saw to `X-Forwarded-For`
 * (`TRUSTED_PROXY_HOPS`): 0 when clients connect directly, the default; 1 behind one reverse proxy.
 * @param {string | undefined} value
 * @returns {number}
 */
export const parseTrustedProxyHops = (value) => {
  const text = (value ?? '').trim()
  if (!text) {
    return DEFAULT_TRUSTED_PROXY_HOPS
  }
  const hops = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!(hops >= 0 && hops <= 10)) {
    throw new Error(`TRUSTED_PROXY_HOPS=${value} is not a whole number of proxies from 0 to 10.`)
  }
  return hops
}

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
