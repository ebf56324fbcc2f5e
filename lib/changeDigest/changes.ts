import type { Payload, Where } from 'payload'

import type { FigureRevision } from '@/payload-types'

import type { FigureSnapshot } from '@/lib/figureRevisions/revisionRow'

import { parseCompareSelection } from '@/lib/series/compareQuery'
import { storedFigureToReaderText } from '@/lib/workflow/figureText'

type Id = number | string

/** One approved change a person hears of: a figure published, revised or withdrawn, or a new analysis. */
export type DigestChange = {
  /** Old → new as readers read them; `before` is null for a new figure, `after` for a withdrawn one. */
  after: null | string
  at: string
  before: null | string
  /** A stable id for feeds: the same change keeps it on every read. */
  key: string
  kind: 'analysis' | FigureRevision['kind']
  path: string
  source: null | string
  title: string
  /** Why this person hears of it: the followed country or the saved comparison. */
  why: string
}

type Interests = {
  /** Saved comparisons: a change to one of their countries on one of their indicators. */
  comparisons: { countryIds: Set<string>; indicatorIds: Set<string>; title: string }[]
  followed: Map<string, string>
}

const ALL = { depth: 0, limit: 0, overrideAccess: true, pagination: false } as const

const idsBySlug = async (payload: Payload, collection: 'countries' | 'indicators', slugs: string[]) => {
  if (slugs.length === 0) {
    return new Map<string, string>()
  }
  const { docs } = await payload.find({
    ...ALL,
    collection,
    select: { slug: true },
    where: { and: [{ slug: { in: slugs } }, { _status: { equals: 'published' } }] },
  })
  return new Map(docs.map((doc) => [String(doc.slug), String(doc.id)]))
}

/** What a person follows: their countries, and the countries × indicators of their saved comparisons. */
const interestsOf = async (payload: Payload, userId: Id): Promise<Interests> => {
  const [{ docs: follows }, { docs: saved }] = await Promise.all([
    payload.find({ ...ALL, collection: 'follows', where: { user: { equals: userId } } }),
    payload.find({ ...ALL, collection: 'saved-comparisons', where: { user: { equals: userId } } }),
  ])
  const followedIds = follows.map((follow) => String(follow.country))
  const { docs: countries } = followedIds.length
    ? await payload.find({
        ...ALL,
        collection: 'countries',
        select: { name: true },
        where: { and: [{ id: { in: followedIds } }, { _status: { equals: 'published' } }] },
      })
    : { docs: [] }
  const selections = saved.map((comparison) => ({
    selection: parseCompareSelection(new URLSearchParams(comparison.query)),
    title: comparison.title,
  }))
  const [countryIds, indicatorIds] = await Promise.all([
    idsBySlug(payload, 'countries', [...new Set(selections.flatMap(({ selection }) => selection.countries))]),
    idsBySlug(payload, 'indicators', [...new Set(selections.flatMap(({ selection }) => selection.indicators))]),
  ])
  const idsOf = (slugs: string[], ids: Map<string, string>) =>
    new Set(slugs.flatMap((slug) => (ids.has(slug) ? [ids.get(slug)!] : [])))
  return {
    comparisons: selections.map(({ selection, title }) => ({
      countryIds: idsOf(selection.countries, countryIds),
      indicatorIds: idsOf(selection.indicators, indicatorIds),
      title,
    })),
    followed: new Map(countries.map((country) => [String(country.id), country.name])),
  }
}

const whyOf = (interests: Interests, row: Pick<FigureRevision, 'countryId' | 'indicatorId' | 'partnerId'>) => {
  for (const id of [row.countryId, row.partnerId]) {
    if (id && interests.followed.has(id)) {
      return `You follow ${interests.followed.get(id)}`
    }
  }
  const comparison = interests.comparisons.find(
    ({ countryIds, indicatorIds }) =>
      indicatorIds.has(row.indicatorId) &&
      (countryIds.has(row.countryId) || (row.partnerId ? countryIds.has(row.partnerId) : false)),
  )
  return comparison ? `Your saved comparison “${comparison.title}”` : null
}

const sourceText = (source: FigureSnapshot['source'] | undefined, articleTitles: Map<string, string>) => {
  if (!source) {
    return null
  }
  if (source.article !== null && source.article !== undefined && articleTitles.has(String(source.article))) {
    return `Crossroads, “${articleTitles.get(String(source.article))}”${source.footnote ? `, ${source.footnote}` : ''}`
  }
  const publisher = [source.publisher, source.url].filter(Boolean).join(', ')
  return publisher || null
}

/**
 * The approved changes published in (`since`, `until`] that touch what the person follows, oldest
 * first: every figure revision on a followed country (as country or partner) or on a saved
 * comparison's countries and indicators, and every analysis published on a followed country.
 * Only what readers can see: published countries, indicators and articles.
 */
export const changesForPerson = async (
  payload: Payload,
  userId: Id,
  { since, until }: { since: string; until: string },
): Promise<DigestChange[]> => {
  const interests = await interestsOf(payload, userId)
  const countryIds = new Set([
    ...interests.followed.keys(),
    ...interests.comparisons.flatMap(({ countryIds: ids }) => [...ids]),
  ])
  if (countryIds.size === 0) {
    return []
  }
  const window: Where = { and: [{ publishedAt: { greater_than: since } }, { publishedAt: { less_than_equal: until } }] }
  const { docs: revisions } = await payload.find({
    ...ALL,
    collection: 'figure-revisions',
    sort: 'publishedAt',
    where: {
      and: [window, { or: [{ countryId: { in: [...countryIds] } }, { partnerId: { in: [...countryIds] } }] }],
    },
  })
  const relevant = revisions.flatMap((row) => {
    const why = whyOf(interests, row)
    return why ? [{ row, why }] : []
  })

  const indicatorIds = [...new Set(relevant.map(({ row }) => row.indicatorId))]
  const namedCountryIds = [...new Set(relevant.flatMap(({ row }) => [row.countryId, row.partnerId ?? []].flat()))]
  const sourceArticleIds = [
    ...new Set(
      relevant.flatMap(({ row }) => {
        const article = (row.figure as FigureSnapshot | null)?.source?.article
        return article === null || article === undefined ? [] : [String(article)]
      }),
    ),
  ]
  const [{ docs: indicators }, { docs: countries }, { docs: sourceArticles }, { docs: analyses }] = await Promise.all([
    indicatorIds.length
      ? payload.find({
          ...ALL,
          collection: 'indicators',
          where: { and: [{ id: { in: indicatorIds } }, { _status: { equals: 'published' } }] },
        })
      : { docs: [] },
    namedCountryIds.length
      ? payload.find({
          ...ALL,
          collection: 'countries',
          select: { name: true, slug: true },
          where: { and: [{ id: { in: namedCountryIds } }, { _status: { equals: 'published' } }] },
        })
      : { docs: [] },
    sourceArticleIds.length
      ? payload.find({
          ...ALL,
          collection: 'articles',
          select: { title: true },
          where: { and: [{ id: { in: sourceArticleIds } }, { _status: { equals: 'published' } }] },
        })
      : { docs: [] },
    interests.followed.size
      ? payload.find({
          ...ALL,
          collection: 'articles',
          select: { countries: true, publishedAt: true, slug: true, title: true },
          sort: 'publishedAt',
          where: {
            and: [window, { _status: { equals: 'published' } }, { countries: { in: [...interests.followed.keys()] } }],
          },
        })
      : { docs: [] },
  ])
  const indicatorById = new Map(indicators.map((indicator) => [String(indicator.id), indicator]))
  const countryName = new Map(countries.map((country) => [String(country.id), country.name]))
  const articleTitles = new Map(sourceArticles.map((article) => [String(article.id), article.title]))

  const figureChanges: DigestChange[] = relevant.flatMap(({ row, why }) => {
    const indicator = indicatorById.get(row.indicatorId)
    const country = countryName.get(row.countryId)
    if (!indicator || !country) {
      return []
    }
    const snapshot = row.figure as FigureSnapshot | null
    const partner = row.partnerId ? countryName.get(row.partnerId) : null
    const period = snapshot?.period ?? null
    const before =
      row.previousValue === null || row.previousValue === undefined
        ? null
        : storedFigureToReaderText(
            { period, qualifier: null, unit: row.unit, value: row.previousValue, valueMax: row.previousValueMax },
            indicator,
          )
    const after =
      row.kind === 'withdrawn' || row.value === null || row.value === undefined
        ? null
        : storedFigureToReaderText(
            { period, qualifier: row.qualifier, unit: row.unit, value: row.value, valueMax: row.valueMax },
            indicator,
          )
    return [
      {
        after,
        at: row.publishedAt,
        before,
        key: `figure-revision-${row.id}`,
        kind: row.kind,
        path: `/figures/${row.observationId}`,
        source: sourceText(snapshot?.source, articleTitles),
        title: `${country}${partner ? ` – ${partner}` : ''}: ${indicator.name}${row.periodLabel ? `, ${row.periodLabel}` : ''}`,
        why,
      },
    ]
  })
  const analysisChanges: DigestChange[] = analyses.map((article) => {
    const followedCountry = (article.countries ?? [])
      .map((country) => String(typeof country === 'object' ? country.id : country))
      .find((id) => interests.followed.has(id))
    return {
      after: null,
      at: article.publishedAt ?? '',
      before: null,
      key: `article-${article.id}-${article.publishedAt}`,
      kind: 'analysis',
      path: `/articles/${article.slug}`,
      source: null,
      title: article.title,
      why: `You follow ${interests.followed.get(followedCountry!)}`,
    }
  })
  return [...figureChanges, ...analysisChanges].sort((a, b) => a.at.localeCompare(b.at))
}
