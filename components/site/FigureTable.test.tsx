import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { buildPoint } from '@/lib/series/testPoint'

import { FigureTable } from './FigureTable'

const figures = [
  buildPoint({
    partner: 'uzbekistan',
    period: '2025-01..2025-08',
    source: { article: { footnoteIds: ['i'], slug: 'axis', title: 'The Axis' } as never, footnote: 'i' },
    value: 3e9,
  }),
  buildPoint({
    period: '2024',
    qualifier: 'target',
    source: { url: 'https://stat.example.org/x' },
    subject: 'Masrik-1',
    value: 2e9,
  }),
]

const cellsOf = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) =>
      cell
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  )

describe('FigureTable', () => {
  it('should list each figure with its period, value, qualifier and source under the row label', () => {
    const html = renderToStaticMarkup(
      <FigureTable
        caption="Figures"
        figures={figures}
        indicatorOf={() => ({ decimals: 1, scale: '1e9' })}
        rowHeader="Country"
        rowLabel={(figure) => figure.country}
      />,
    )
    expect(cellsOf(html)).toEqual([
      ['Country', 'Period', 'Value', 'Source'],
      ['kazakhstan', 'Jan–Aug 2025', '$3.0 bn history', 'The Axis, note 1'],
      ['kazakhstan Masrik-1', '2024', '$2.0 bn target history', 'stat.example.org'],
    ])
    expect(html).toContain('href="/articles/axis#note-i"')
  })

  it('should link each value to its revision log and mark a figure published more than once as revised', () => {
    const html = renderToStaticMarkup(
      <FigureTable
        caption="Figures"
        figures={[{ ...figures[0], revisionCount: 2 }, { ...figures[1], revisionCount: 1 }]}
        indicatorOf={() => ({ decimals: 1, scale: '1e9' })}
        rowHeader="Country"
        rowLabel={(figure) => figure.country}
      />,
    )
    expect(html).toContain(`href="/figures/${figures[0].id}">revised</a>`)
    expect(html).toContain(`href="/figures/${figures[1].id}">history</a>`)
  })

  it('should add a second column when rows are named by something else, such as the indicator', () => {
    const html = renderToStaticMarkup(
      <FigureTable
        caption="Figures"
        figures={figures.slice(0, 1)}
        indicatorOf={() => undefined}
        rowHeader="Indicator"
        rowLabel={() => 'Bilateral trade turnover'}
        second={{ header: 'Country × partner', text: (figure) => `${figure.country} × ${figure.partner}` }}
      />,
    )
    expect(cellsOf(html)[1].slice(0, 3)).toEqual([
      'Bilateral trade turnover',
      'kazakhstan × uzbekistan',
      'Jan–Aug 2025',
    ])
  })
})
