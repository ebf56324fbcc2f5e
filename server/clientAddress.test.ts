import { describe, expect, it } from 'vitest'

import { clientAddressOf, parseTrustedProxyHops } from './clientAddress.mjs'

describe('clientAddressOf', () => {
  it('should use the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf({ forwardedFor: '198.51.100.7', socketAddress: '203.0.113.5', trustedHops: 0 })).toBe(
      '203.0.113.5',
    )
  })

  it('should take the entry the trusted proxy appended, not one the client sent ahead of it', () => {
    const forwardedFor = 'spoofed-by-client, 198.51.100.7'
    expect(clientAddressOf({ forwardedFor, socketAddress: '10.0.0.2', trustedHops: 1 })).toBe('198.51.100.7')
    expect(
      clientAddressOf({ forwardedFor: `${forwardedFor}, 10.0.0.9`, socketAddress: '10.0.0.2', trustedHops: 2 }),
    ).toBe('198.51.100.7')
  })

  it('should read a header sent several times as one list', () => {
    expect(clientAddressOf({ forwardedFor: ['a', '198.51.100.7'], socketAddress: '10.0.0.2', trustedHops: 1 })).toBe(
      '198.51.100.7',
    )
  })

  it('should fall back to the socket, or the leftmost entry, when the chain is shorter than the trusted hops', () => {
    expect(clientAddressOf({ forwardedFor: undefined, socketAddress: '203.0.113.5', trustedHops: 1 })).toBe(
      '203.0.113.5',
    )
    expect(clientAddressOf({ forwardedFor: '198.51.100.7', socketAddress: '10.0.0.2', trustedHops: 5 })).toBe(
      '198.51.100.7',
    )
    expect(clientAddressOf({ forwardedFor: '', socketAddress: undefined, trustedHops: 0 })).toBe('unknown')
  })
})

describe('parseTrustedProxyHops', () => {
  it('should trust no proxy unless told otherwise', () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0)
    expect(parseTrustedProxyHops(' ')).toBe(0)
    expect(parseTrustedProxyHops('1')).toBe(1)
    expect(parseTrustedProxyHops('2')).toBe(2)
  })

  it.each(['-1', 'one', '1.5', '11'])('should refuse %s with a message naming the setting', (value) => {
    expect(() => parseTrustedProxyHops(value)).toThrow(`TRUSTED_PROXY_HOPS=${value} is not a whole number`)
  })
})
