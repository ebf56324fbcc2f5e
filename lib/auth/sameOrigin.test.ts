import { describe, expect, it } from 'vitest'

import { isSameOriginRequest } from './sameOrigin'

const allowed = ['https://crossroads.example']

describe('isSameOriginRequest', () => {
  it('should accept a request from the site itself', () => {
    expect(isSameOriginRequest(new Headers({ origin: 'https://crossroads.example' }), allowed)).toBe(true)
  })

  it('should refuse a request whose Origin is another site', () => {
    expect(isSameOriginRequest(new Headers({ origin: 'https://evil.example' }), allowed)).toBe(false)
    expect(isSameOriginRequest(new Headers({ origin: 'null' }), allowed)).toBe(false)
  })

  it('should refuse a cross-site request without Origin and accept navigations and API clients', () => {
    expect(isSameOriginRequest(new Headers({ 'sec-fetch-site': 'cross-site' }), allowed)).toBe(false)
    expect(isSameOriginRequest(new Headers({ 'sec-fetch-site': 'none' }), allowed)).toBe(true)
    expect(isSameOriginRequest(new Headers(), allowed)).toBe(true)
  })
})
