import { describe, expect, it } from 'vitest'

import { deltaText, documentChanges, numberDelta, trimUnchanged } from './reviewDiff'

const doc = (text: string) => ({ content: [{ content: [{ text, type: 'text' }], type: 'paragraph' }], type: 'doc' })

describe('review diff', () => {
  it('should show a number change with its absolute and percent delta', () => {
    const changes = documentChanges({ note: 'same', value: 4000 }, { note: 'same', value: 5000 })
    expect(changes).toEqual([
      {
        after: 5000,
        before: 4000,
        delta: { absolute: 1000, percent: 25 },
        kind: 'number',
        label: 'Value',
        path: 'value',
      },
    ])
    expect(deltaText(numberDelta(4000, 5000))).toBe('+1,000 (+25.0 %)')
    expect(deltaText(numberDelta(200, 150))).toBe('−50 (−25.0 %)')
    expect(deltaText(numberDelta(0, 3))).toBe('+3')
    expect(deltaText(numberDelta(null, 3))).toBe('new value')
  })

  it('should diff rich text word by word and skip unchanged fields', () => {
    const [change, ...rest] = documentChanges(
      { body: doc('Trade rose to $3 bn in 2024.'), dek: 'Same' },
      { body: doc('Trade rose to $3.2 bn in 2024.'), dek: 'Same' },
    )
    expect(rest).toEqual([])
    expect(change).toMatchObject({ kind: 'richText', label: 'Body' })
    expect(change.kind === 'richText' && change.segments).toEqual([
      { kind: 'unchanged', text: 'Trade rose to ' },
      { kind: 'removed', text: '$3 ' },
      { kind: 'added', text: '$3.2 ' },
      { kind: 'unchanged', text: 'bn in 2024.' },
    ])
  })

  it('should compare groups field by field and show plain values old → new', () => {
    const changes = documentChanges(
      { capital: 'Astana', period: { kind: 'year', year: 2023 }, updatedAt: 'x' },
      { capital: 'Astana (since 1997)', period: { kind: 'year', year: 2024 }, updatedAt: 'y' },
    )
    expect(changes.map((change) => change.label)).toEqual(['Capital', 'Period › year'])
    expect(changes[0]).toMatchObject({ after: 'Astana (since 1997)', before: 'Astana', kind: 'text' })
  })

  it('should list every field of a document that was never published', () => {
    const changes = documentChanges(null, { acronym: 'SCO', members: [3, 4] })
    expect(changes).toEqual([
      { after: 'SCO', before: '—', kind: 'text', label: 'Acronym', path: 'acronym' },
      { after: '3, 4', before: '—', kind: 'text', label: 'Members', path: 'members' },
    ])
  })
})

describe('trimming unchanged text', () => {
  it('should keep only the words around a change', () => {
    const long = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ')
    const trimmed = trimUnchanged(
      [
        { kind: 'unchanged', text: `${long} ` },
        { kind: 'added', text: 'new ' },
        { kind: 'unchanged', text: long },
      ],
      30,
    )
    expect(trimmed[0].text).toMatch(/^… .*word99 $/)
    expect(trimmed[0].text.length).toBeLessThan(40)
    expect(trimmed[1]).toEqual({ kind: 'added', text: 'new ' })
    expect(trimmed[2].text).toMatch(/^word0 .* …$/)
  })

  it('should leave short stretches alone', () => {
    const segments = [{ kind: 'unchanged' as const, text: 'Trade rose to ' }]
    expect(trimUnchanged(segments)).toEqual(segments)
  })
})

describe('array rows', () => {
  it('should show an added correction note by its text, not its row id', () => {
    const changes = documentChanges(
      { corrections: [] },
      { corrections: [{ date: '2026-12-05T00:00:00.000Z', id: '675a1b', text: 'The 2019 turnover was revised.' }] },
    )
    expect(changes).toEqual([
      { after: 'The 2019 turnover was revised.', before: '—', kind: 'text', label: 'Corrections', path: 'corrections' },
    ])
  })
})
