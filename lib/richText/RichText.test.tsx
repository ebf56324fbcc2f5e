import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { ResolvedReferences } from './RichText'

import { footnoteNumbers } from './references'
import { RichText } from './RichText'

const resolved: ResolvedReferences = {
  countries: new Map([['12', { name: 'Uzbekistan', slug: 'uzbekistan' }]]),
  figures: new Map([
    [
      '4',
      {
        description: 'Bilateral trade turnover, Kazakhstan × Uzbekistan',
        indicatorSlug: 'bilateral-trade-volume',
        period: 'Jan–Aug 2025',
        text: '$3.0 bn',
      },
    ],
  ]),
  media: new Map([
    [
      '3',
      {
        alt: 'Containers at Aktau',
        credit: 'Photo: Port authority',
        height: 630,
        url: '/api/media/file/aktau.jpg',
        width: 1200,
      },
    ],
  ]),
}

const render = (...content: object[]) => {
  const doc = { content, type: 'doc' }
  return renderToStaticMarkup(<RichText doc={doc} footnoteNumbers={footnoteNumbers(doc)} resolved={resolved} />)
}

const paragraph = (...content: object[]) => ({ content, type: 'paragraph' })

describe('RichText', () => {
  it('should render a country mention as a link to the profile', () => {
    expect(render(paragraph({ attrs: { countryId: '12', label: 'Uzbekistan' }, type: 'countryMention' }))).toBe(
      '<p><a class="country-mention" href="/countries/uzbekistan">Uzbekistan</a></p>',
    )
  })

  it('should render a mention of an unpublished country as plain text', () => {
    expect(render(paragraph({ attrs: { countryId: '99', label: 'Hidden' }, type: 'countryMention' }))).toBe(
      '<p>Hidden</p>',
    )
  })

  it('should render the current value of a live figure with its period, linked to the indicator', () => {
    expect(render(paragraph({ attrs: { label: '$2.0 bn', observationId: '4' }, type: 'indicatorFigure' }))).toBe(
      '<p><a class="indicator-figure" href="/indicators/bilateral-trade-volume" title="Bilateral trade turnover, Kazakhstan × Uzbekistan">$3.0 bn (Jan–Aug 2025)</a></p>',
    )
  })

  it('should fall back to the stored label when the observation is not published', () => {
    expect(render(paragraph({ attrs: { label: '$2.0 bn', observationId: '5' }, type: 'indicatorFigure' }))).toContain(
      'indicator-figure--stale">$2.0 bn<',
    )
  })

  it('should number footnotes in reading order and link each to its endnote', () => {
    const html = render(
      paragraph({ text: 'A', type: 'text' }, { attrs: { id: 'iv', title: 'Second source' }, type: 'footnote' }),
      paragraph({ text: 'B', type: 'text' }, { attrs: { id: 'i', title: 'First source' }, type: 'footnote' }),
    )
    expect(html).toContain('<sup class="footnote-ref" id="cite-iv"><a aria-label="Note 1" href="#note-iv">1</a></sup>')
    expect(html).toContain('<sup class="footnote-ref" id="cite-i"><a aria-label="Note 2" href="#note-i">2</a></sup>')
  })

  it('should render an image with its caption and credit', () => {
    expect(render({ attrs: { caption: 'Aktau port', mediaId: '3' }, type: 'figure' })).toBe(
      '<figure class="rich-figure"><img alt="Containers at Aktau" height="630" loading="lazy" src="/api/media/file/aktau.jpg" width="1200"/><figcaption>Aktau port<span class="credit"> Photo: Port authority</span></figcaption></figure>',
    )
  })

  it('should render nothing for a document that fails validation', () => {
    expect(
      render(paragraph({ marks: [{ attrs: { href: 'javascript:x' }, type: 'link' }], text: 'x', type: 'text' })),
    ).toBe('')
  })
})
