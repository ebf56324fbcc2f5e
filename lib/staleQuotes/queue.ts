import type { Payload, TypedUser } from 'payload'

import type { Article, Observation } from '@/payload-types'

export type StaleQuoteItem = {
  articleId: number | string
  articleSlug: null | string
  articleTitle: string
  flaggedAt: string
  id: number | string
  kind: 'liveFigure' | 'typedNumber'
  newText: string
  /** The changed figure: its id and title ("Indicator: Country × Partner, period"), when it still exists. */
  observation: null | { id: number | string; title: string }
  oldText: string
  phrase: string
  sentence: string
}

/**
 * Open stale-number flags for the editors' queue, newest first, read as the signed-in editor (the
 * collection is editors-only), each with its article's title and slug.
 */
export const getOpenStaleQuotes = async ({
  payload,
  user,
}: {
  payload: Payload
  user: TypedUser
}): Promise<StaleQuoteItem[]> => {
  const { docs } = await payload.find({
    collection: 'stale-quotes',
    depth: 1,
    limit: 200,
    overrideAccess: false,
    populate: { articles: { slug: true, title: true }, observations: { title: true } },
    sort: '-flaggedAt',
    user,
    where: { and: [{ status: { equals: 'open' } }, { article: { exists: true } }] },
  })
  return docs.map((flag) => {
    const article = typeof flag.article === 'object' ? (flag.article as Article) : null
    const observation =
      flag.observation && typeof flag.observation === 'object' ? (flag.observation as Observation) : null
    return {
      articleId: article?.id ?? (flag.article as number),
      articleSlug: article?.slug ?? null,
      articleTitle: article?.title ?? flag.articleTitle ?? String(flag.article),
      flaggedAt: flag.flaggedAt,
      id: flag.id,
      kind: flag.kind,
      newText: flag.newText ?? String(flag.newValue ?? ''),
      observation: observation ? { id: observation.id, title: observation.title ?? String(observation.id) } : null,
      oldText: flag.oldText ?? String(flag.oldValue ?? ''),
      phrase: flag.phrase ?? '',
      sentence: flag.sentence,
    }
  })
}
