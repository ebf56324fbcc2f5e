import type { TypedUser } from 'payload'

import type { Article, Country, Indicator, Observation } from '@/payload-types'
import type { PreviewCollection } from '@/lib/preview/previewAddress'

import { getPayloadClient } from '@/lib/payload'
import { ARTICLE_POPULATE } from '@/lib/queries/articles'
import { type CountryProfile, getCountryProfile } from '@/lib/queries/countryProfile'
import { FIGURE_POPULATE } from '@/lib/queries/figures'
import { getIndicatorPage, type IndicatorPageData } from '@/lib/queries/indicators'
import { storedFigureToReaderText, type StoredFigure } from '@/lib/workflow/figureText'

/** What a preview page renders: the public page of the change, and where that page lives once approved. */
export type PreviewPage =
  | { article: Article; kind: 'article'; publicPath: string; title: string }
  | { indicator: IndicatorPageData; kind: 'indicator'; publicPath: string; title: string }
  | { kind: 'country'; profile: CountryProfile; publicPath: string; title: string; valueText?: null | string }

const slugOf = (value: unknown): null | string =>
  value && typeof value === 'object' && 'slug' in value ? ((value as { slug?: null | string }).slug ?? null) : null

/**
 * The public page of a document with its latest draft in place of the published version, read as
 * `user` may read it (staff). Everything else on the page stays as published: the preview shows
 * this one change, not every draft in progress. Null when `user` may not read the document or it
 * has no public page (a figure whose country has no slug).
 */
export const getPreviewPage = async ({
  collection,
  id,
  user,
}: {
  collection: PreviewCollection
  id: string
  user: TypedUser
}): Promise<null | PreviewPage> => {
  const payload = await getPayloadClient()
  const asStaff = { disableErrors: true, draft: true, id, overrideAccess: false, user } as const
  if (collection === 'articles') {
    const article = (await payload.findByID({
      ...asStaff,
      collection,
      depth: 2,
      populate: ARTICLE_POPULATE,
    })) as Article | null
    return article ? { article, kind: 'article', publicPath: `/articles/${article.slug}`, title: article.title } : null
  }
  if (collection === 'countries') {
    const country = (await payload.findByID({ ...asStaff, collection, depth: 2 })) as Country | null
    const profile = country?.slug ? await getCountryProfile(country.slug, { country }) : null
    return country && profile
      ? { kind: 'country', profile, publicPath: `/countries/${country.slug}`, title: country.name }
      : null
  }
  if (collection === 'indicators') {
    const draft = (await payload.findByID({ ...asStaff, collection, depth: 0 })) as Indicator | null
    const indicator = draft?.slug ? await getIndicatorPage(draft.slug, null, draft) : null
    return draft && indicator
      ? { indicator, kind: 'indicator', publicPath: `/indicators/${draft.slug}`, title: draft.name }
      : null
  }
  const observation = (await payload.findByID({
    ...asStaff,
    collection: 'observations',
    depth: 1,
    populate: FIGURE_POPULATE,
  })) as null | Observation
  const countrySlug = slugOf(observation?.country)
  const profile = observation && countrySlug ? await getCountryProfile(countrySlug, { observation }) : null
  if (!observation || !profile) {
    return null
  }
  return {
    kind: 'country',
    profile,
    publicPath: `/countries/${countrySlug}`,
    title: observation.title ?? profile.country.name,
    valueText: storedFigureToReaderText(
      observation as unknown as StoredFigure,
      typeof observation.indicator === 'object' ? observation.indicator : null,
    ),
  }
}
