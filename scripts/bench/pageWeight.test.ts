import { describe, expect, it } from 'vitest'

import type { PageWeight } from './pageWeight'

import { brotliSize, htmlToScriptSources, isWithinBudget, PAGE_WEIGHT_BUDGET } from './pageWeight'

const weightOf = (overrides: Partial<PageWeight>): PageWeight => ({
  htmlBrotliBytes: 0,
  htmlBytes: 0,
  legacyScriptBrotliBytes: 0,
  name: 'home',
  path: '/',
  scriptBrotliBytes: 0,
  scriptBytes: 0,
  scripts: [],
  signedIn: { htmlBrotliBytes: 0, scriptBrotliBytes: 0 },
  status: 200,
  ...overrides,
})

describe('htmlToScriptSources', () => {
  it('should list each external script once, with nomodule scripts apart', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async="" nonce="n"></script>',
      '<script>self.__next_f.push([1,"inline"])</script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>',
      '<script nonce="n" src="/_next/static/chunks/b.js?v=1&amp;x=2" async=""></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
    ].join('')
    expect(htmlToScriptSources(html)).toEqual({
      legacy: ['/_next/static/chunks/polyfills.js'],
      modern: ['/_next/static/chunks/a.js', '/_next/static/chunks/b.js?v=1&x=2'],
    })
  })

  it('should not take a data-src or a preload link for a script', () => {
    const html = '<link rel="preload" as="script" href="/c.js"/><script data-src="/d.js"></script>'
    expect(htmlToScriptSources(html)).toEqual({ legacy: [], modern: [] })
  })
})

describe('brotliSize', () => {
  it('should count compressed bytes, far fewer than the repetitive input', () => {
    const text = 'export const value = 1;\n'.repeat(200)
    expect(brotliSize(text)).toBeGreaterThan(0)
    expect(brotliSize(text)).toBeLessThan(text.length / 10)
  })
})

describe('isWithinBudget', () => {
  it('should accept a page at the budget and refuse one byte over it', () => {
    expect(isWithinBudget(weightOf({ scriptBrotliBytes: PAGE_WEIGHT_BUDGET.scriptBrotliBytes }))).toBe(true)
    expect(isWithinBudget(weightOf({ scriptBrotliBytes: PAGE_WEIGHT_BUDGET.scriptBrotliBytes + 1 }))).toBe(false)
  })

  it('should refuse a page that did not answer 200, whatever it weighs', () => {
    expect(isWithinBudget(weightOf({ status: 404 }))).toBe(false)
  })
})
