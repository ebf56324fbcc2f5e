import type { JSONContent } from '@tiptap/core'
import type { Payload, PayloadRequest } from 'payload'

import type { StaleQuote } from '@/payload-types'

import { observationToFigureSnapshot } from '@/lib/figureRevisions/revisionRow'
import { formatValue } from '@/lib/format'
import { storedPeriodToPeriod } from '@/lib/period'

import type { ChangedFigure, FigureQuote } from './detect'

import { liveFigureQuotes, readsAs, typedNumberQuotes } from './detect'

type Request = Partial<PayloadRequest> | undefined
type Id = number | string

const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))

/**
 * Flags published articles that may now be out of date because an approved change altered the
 * published value of an observation: each sentence quoting it through a live figure node, or as a
 * typed number the importer's figure detection ties to it that read as the old value and no longer
 * does. Open flags of the figure from earlier changes get the new value, and a typed quote that
 * reads right again is cleared. Called from the audit trail (lib/workflow/audit.ts), which every
 * path that changes what readers see goes through.
 */
export const recordStaleQuotes = async ({
  after,
  before,
  payload,
  req,
}: {
  after: Record<string, unknown>
  before: Record<string, unknown>
  payload: Payload
  req: Request
}) => {
  const previous = observationToFigureSnapshot(before)
  const next = observationToFigureSnapshot(after)
  if (previous.value === next.value && previous.valueMax === next.valueMax) {
    return
  }
  const request = req as PayloadRequest | undefined
  // A write by id over REST carries the id as the route gave it, a string; the relationship wants the stored type.
  const observationId = payload.db.defaultIDType === 'number' ? Number(next.id) : next.id
  const indicator = await payload.findByID({
    collection: 'indicators',
    depth: 0,
    disableErrors: true,
    id: next.indicator,
    overrideAccess: true,
    req: request,
    select: { decimals: true, scale: true, unit: true },
  })
  const unit = previous.unit ?? indicator?.unit ?? ''
  const text = (value: number, valueMax: null | number, shownUnit: string) =>
    formatValue({ decimals: indicator?.decimals, scale: indicator?.scale, unit: shownUnit, value, valueMax })
  const newText = text(next.value, next.valueMax, next.unit ?? indicator?.unit ?? '')
  const now = new Date().toISOString()

  const { docs: open } = await payload.find({
    collection: 'stale-quotes',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req: request,
    where: { and: [{ observation: { equals: observationId } }, { status: { equals: 'open' } }] },
  })
  for (const flag of open) {
    const readsRightAgain =
      flag.kind === 'typedNumber' &&
      typeof flag.quotedValue === 'number' &&
      readsAs({ phrase: flag.phrase ?? '', quoted: flag.quotedValue, value: next.value })
    await payload.update({
      collection: 'stale-quotes',
      data: readsRightAgain
        ? { newText, newValue: next.value, resolvedAt: now, resolvedByName: 'System', status: 'cleared' }
        : { newText, newValue: next.value },
      depth: 0,
      id: flag.id,
      overrideAccess: true,
      req: request,
    })
  }

  const figure: ChangedFigure = {
    countryId: previous.country,
    id: next.id,
    newValue: next.value,
    newValueMax: next.valueMax,
    oldValue: previous.value,
    oldValueMax: previous.valueMax,
    partnerId: previous.partner,
    period: storedPeriodToPeriod(previous.period),
    unit,
  }
  const [{ docs: articles }, { docs: countries }] = await Promise.all([
    payload.find({
      collection: 'articles',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req: request,
      select: { body: true, countries: true, title: true },
      where: { _status: { equals: 'published' } },
    }),
    payload.find({
      collection: 'countries',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req: request,
      select: { iso2: true, iso3: true, name: true },
    }),
  ])
  const records = countries.map((country) => ({
    id: country.id,
    iso2: country.iso2,
    iso3: country.iso3,
    name: country.name,
  }))
  const isKnown = (articleId: Id, quote: FigureQuote) =>
    open.some(
      (flag: StaleQuote) =>
        String(idOf(flag.article)) === String(articleId) &&
        flag.kind === quote.kind &&
        flag.sentence === quote.sentence,
    )
  for (const article of articles) {
    const body = article.body as JSONContent | null
    const quotes = [
      ...liveFigureQuotes(body, next.id),
      ...typedNumberQuotes({
        articleCountryIds: (article.countries ?? []).map(idOf),
        countries: records,
        doc: body,
        figure,
      }),
    ]
    for (const quote of quotes) {
      if (isKnown(article.id, quote)) {
        continue
      }
      await payload.create({
        collection: 'stale-quotes',
        data: {
          article: article.id,
          articleTitle: article.title,
          flaggedAt: now,
          kind: quote.kind,
          newText,
          newValue: next.value,
          observation: observationId as number,
          oldText: text(previous.value, previous.valueMax, unit),
          oldValue: previous.value,
          phrase: quote.phrase,
          quotedValue: quote.quotedValue,
          sentence: quote.sentence,
          status: 'open',
        },
        depth: 0,
        overrideAccess: true,
        req: request,
      })
    }
  }
}
