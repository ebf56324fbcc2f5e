import { describe, expect, it } from 'vitest'

import { redirectWithinSite, safeCallbackPath } from '@/lib/auth/callbackUrl'

const SITE = 'https://crossroads.example'
const SIGN_IN_PAGE = `${SITE}/sign-in`

/**
 * Destinations that lead elsewhere once a browser has normalised them (`new URL(value, page)`: tabs
 * and newlines dropped, backslashes read as slashes, schemes case-folded, leading and trailing
 * spaces and controls trimmed), or that are ambiguous enough for a server to decode into such a form.
 */
const FOREIGN = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '/%5Cevil.example',
  '/%5cevil.example',
  '/%2F/evil.example',
  '/%252F/evil.example',
  '/\t/evil.example',
  '/%09/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/%0a/evil.example',
  '/\u0000/evil.example',
  '/ /evil.example',
  '/.//evil.example',
  'https:evil.example',
  'https:/evil.example',
  'HTTPS://EVIL.EXAMPLE/',
  'http://127.0.0.1.evil.example/',
  `${SITE}.evil.example/`,
  `${SITE}@evil.example/`,
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' //evil.example',
  '//evil.example ',
  '\t//evil.example',
  '\u0001//evil.example',
  '\u001f/evil.example',
  'evil.example',
  '',
]
/** Paths on this site, kept (in the form the browser would use). */
const OWN = [
  ['/my', '/my'],
  ['/admin/collections/articles?x=1', '/admin/collections/articles?x=1'],
  [
    '/compare?countries=kazakhstan,uzbekistan&indicators=gdp#chart',
    '/compare?countries=kazakhstan,uzbekistan&indicators=gdp#chart',
  ],
  ['/search?q=%2F%2Fevil.example', '/search?q=%2F%2Fevil.example'],
  ['/articles/./a/../b', '/articles/b'],
] as const

const originAfterBrowser = (target: string) => new URL(target, SIGN_IN_PAGE).origin

describe('post-sign-in destinations', () => {
  it.each(FOREIGN)('should keep %j on this site as a callbackUrl', (value) => {
    const path = safeCallbackPath(value)
    expect(path).toBe('/my')
    expect(originAfterBrowser(path)).toBe(SITE)
  })

  it.each(OWN)('should keep the same-site path %j as %j', (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected)
  })

  it('should refuse anything that is not text', () => {
    for (const value of [undefined, null, 42, ['/my'], { href: '/my' }]) {
      expect(safeCallbackPath(value, '/')).toBe('/')
    }
  })

  it.each(FOREIGN)('should send next-auth to this site when it is asked to go to %j', (value) => {
    expect(originAfterBrowser(redirectWithinSite({ baseUrl: SITE, url: value }))).toBe(SITE)
  })

  it('should let next-auth go to a path or an address on this site', () => {
    expect(redirectWithinSite({ baseUrl: SITE, url: '/admin' })).toBe(`${SITE}/admin`)
    expect(redirectWithinSite({ baseUrl: SITE, url: `${SITE}/my?x=1` })).toBe(`${SITE}/my?x=1`)
  })
})
