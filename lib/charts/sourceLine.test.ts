import { describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { figuresToSourceLine } from './sourceLine'

const article = { id: 1, slug: 'synthetic-analysis', title: 'A synthetic analysis' } as Article

describe('figuresToSourceLine', () => {
  it('should cite figures sourced to an analysis by its title, beside web publishers', () => {
    expect(
      figuresToSourceLine({
        figures: [
          { source: { article, footnote: 'n1' } },
          { source: { article, footnote: 'n2' } },
          { source: { url: 'https://www.stat.example.org/table' } },
        ],
      }),
    ).toBe('Sources: Crossroads, “A synthetic analysis”; stat.example.org')
  })

  it("should fall back to the indicator's main source, then to the figures' own sources", () => {
    expect(figuresToSourceLine({ defaultSource: { name: 'Synthetic office' }, figures: [{ source: {} }] })).toBe(
      'Source: Synthetic office',
    )
    expect(figuresToSourceLine({ figures: [{ source: { article: 7 } }] })).toBe(
      'Source: as given for each figure on the page',
    )
  })
})
