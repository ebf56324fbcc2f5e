import { describe, expect, it } from 'vitest'

import { comparisonDatasetTitle, subjectToCitation, todayUtc } from './citation'

const subject = {
  accessedOn: '2026-12-05',
  asOf: null,
  permalink: 'https://crossroads.example/indicators/bilateral-trade-volume',
  title: 'Bilateral trade turnover: published figures by country',
}

describe('subjectToCitation', () => {
  it('should name the publisher, title, permanent address, access day and licence in the plain text', () => {
    expect(subjectToCitation(subject).text).toBe(
      'Crossroads (2026). Bilateral trade turnover: published figures by country. ' +
        'https://crossroads.example/indicators/bilateral-trade-volume (accessed 5 December 2026). Licence: CC BY 4.0.',
    )
  })

  it('should pin the citation to the day and take its year when the figures are pinned', () => {
    const pinned = subjectToCitation({
      ...subject,
      asOf: '2025-06-30',
      permalink: `${subject.permalink}?asOf=2025-06-30`,
    })
    expect(pinned.text).toContain('Crossroads (2025).')
    expect(pinned.text).toContain('Figures as published on 30 June 2025.')
    expect(pinned.text).toContain('bilateral-trade-volume?asOf=2025-06-30 (accessed 5 December 2026)')
    expect(pinned.bibtex).toContain('  year = {2025},')
    expect(pinned.bibtex).toContain(
      '  url = {https://crossroads.example/indicators/bilateral-trade-volume?asOf=2025-06-30},',
    )
    expect(pinned.bibtex).toContain('  note = {Figures as published on 2025-06-30. Licence: CC BY 4.0},')
  })

  it('should write a BibTeX @misc entry with the address and the access day', () => {
    expect(subjectToCitation(subject).bibtex).toBe(
      [
        '@misc{crossroads-bilateral-trade-turnover-published-2026,',
        '  author = {{Crossroads}},',
        '  title = {{Bilateral trade turnover: published figures by country}},',
        '  year = {2026},',
        '  url = {https://crossroads.example/indicators/bilateral-trade-volume},',
        '  urldate = {2026-12-05},',
        '  note = {Licence: CC BY 4.0},',
        '}',
      ].join('\n'),
    )
  })

  it('should escape characters BibTeX reads as commands in the title and address', () => {
    const { bibtex } = subjectToCitation({
      ...subject,
      permalink: 'https://crossroads.example/compare?countries=a,b#x%20',
      title: 'Trade & transit {50%} of_GDP $ #1',
    })
    expect(bibtex).toContain('  title = {{Trade \\& transit \\{50\\%\\} of\\_GDP \\$ \\#1}},')
    expect(bibtex).toContain('  url = {https://crossroads.example/compare?countries=a,b\\#x\\%20},')
  })

  it('should keep whole words of the title in the citation key', () => {
    const { bibtex } = subjectToCitation({ ...subject, asOf: '2025-06-30', title: 'Kazakhstan: published figures' })
    expect(bibtex.split('\n')[0]).toBe('@misc{crossroads-kazakhstan-published-figures-2025-06-30,')
  })
})

describe('comparisonDatasetTitle', () => {
  it('should name every country and indicator of a comparison', () => {
    expect(
      comparisonDatasetTitle({
        countries: [{ name: 'Kazakhstan' }, { name: 'Uzbekistan' }],
        indicators: [{ name: 'Exports to partner' }],
      }),
    ).toBe('Comparison of Kazakhstan, Uzbekistan on Exports to partner')
  })
})

describe('todayUtc', () => {
  it('should give the UTC day even when it is already tomorrow in Asia', () => {
    expect(todayUtc(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-05')
  })
})
