import { describe, expect, it } from 'vitest'

import { isFigureVisible } from './visibility'

const published = { country: 'georgia', hasPartner: true, indicator: 'bilateral-trade-volume', partner: 'kazakhstan' }

describe('isFigureVisible', () => {
  it('should show a figure whose indicator, country and partner are published', () => {
    expect(isFigureVisible(published)).toBe(true)
    expect(isFigureVisible({ ...published, hasPartner: false, partner: null })).toBe(true)
  })

  it('should hide a bilateral figure whose partner is not published, rather than show it as the country’s own', () => {
    expect(isFigureVisible({ ...published, partner: null })).toBe(false)
  })

  it('should hide a figure whose indicator or country is not published', () => {
    expect(isFigureVisible({ ...published, indicator: null })).toBe(false)
    expect(isFigureVisible({ ...published, country: null })).toBe(false)
  })
})
