import { describe, expect, it } from 'vitest'

import facts from './facts.json'
import { eventDateFromFacts, qualifierFromText, seedCountries, seedIndicators, seedObservations, seedOrganizations } from './reference'

describe('seed reference data', () => {
  it('should carry every observation of the fact sheet with its value, unit and source file', () => {
    const observations = seedObservations()
    expect(observations).toHaveLength(facts.observations.length)
    for (const [index, observation] of observations.entries()) {
      const original = facts.observations[index]
      expect(observation.value).toBe(original.value)
      expect(observation.unit).toBe(original.unit)
      expect(observation.sourceArticle.sourceFile).toBe(original.seed_file)
      expect(observation.footnote).toBe(original.footnote ?? null)
    }
  })

  it('should move a partner named on a country-level indicator into the note', () => {
    const masdar = seedObservations().find((observation) => observation.id === 'obs-036')
    expect(masdar?.partner).toBeNull()
    expect(masdar?.note).toContain('United Arab Emirates')
  })

  it('should keep every country and organisation, resolving memberships named in full', () => {
    expect(seedCountries()).toHaveLength(facts.countries.length)
    const acronyms = new Set(seedOrganizations().map((organization) => organization.acronym))
    for (const country of seedCountries()) {
      for (const membership of country.memberships) {
        expect(acronyms.has(membership.organization), `${country.iso3} → ${membership.organization}`).toBe(true)
      }
    }
  })

  it('should split alternative units and use one unit per indicator', () => {
    const pledge = seedIndicators().find((indicator) => indicator.slug === 'investment-pledge')
    expect(pledge).toMatchObject({ otherUnits: ['EUR'], unit: 'USD' })
  })

  it('should map the source wording to a qualifier', () => {
    expect(qualifierFromText(null)).toBe('actual')
    expect(qualifierFromText('target')).toBe('target')
    expect(qualifierFromText('exceeding; planned')).toBe('lower-bound')
    expect(qualifierFromText('up to; planned')).toBe('upper-bound')
    expect(qualifierFromText('within top five (upper bound)')).toBe('upper-bound')
    expect(qualifierFromText('nearly')).toBe('approx')
    expect(qualifierFromText('expected by year-end')).toBe('estimate')
  })

  it('should read event dates of every precision', () => {
    expect(eventDateFromFacts('2025-10', 'month')).toEqual({ date: '2025-10-01', endDate: null, precision: 'month' })
    expect(eventDateFromFacts('2025-12-19..2025-12-20', 'range')).toMatchObject({ endDate: '2025-12-20', precision: 'range' })
    expect(eventDateFromFacts('mid-2010s', 'decade')).toMatchObject({ date: '2010-01-01', precision: 'decade' })
    expect(eventDateFromFacts(null, 'unknown')).toMatchObject({ date: null, precision: 'unknown' })
  })
})
