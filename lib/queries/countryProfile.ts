import { cache } from 'react'

import { getArticlesAboutCountry } from '@/lib/queries/articles'
import {
  getAuthorsCoveringCountry,
  getCountryBySlug,
  getEventsForCountry,
  getObservationsForCountry,
} from '@/lib/queries/countries'
import { withRevisionCounts } from '@/lib/queries/figureRevisions'
import { observationsToFigures } from '@/lib/queries/figures'
import { observationLookups } from '@/lib/queries/lookups'
import { resolveRichTextReferences } from '@/lib/queries/richText'

/**
 * How many of a country's newest figures the profile reads: enough for the latest figure of every
 * series with a few earlier periods for its change and sparkline, bounded at any data size.
 */
export const PROFILE_FIGURE_LIMIT = 1500
/** How many rows of the figures table the profile shows; the rest are reached through comparisons. */
export const PROFILE_TABLE_ROWS = 100

/** Everything the country profile shows, read as an anonymous reader; null for an unknown slug. */
export const getCountryProfile = cache(async (slug: string) => {
  const country = await getCountryBySlug(slug)
  if (!country) {
    return null
  }
  const [{ docs: observations, totalDocs: observationCount }, events, articles, authors, resolved] = await Promise.all([
    getObservationsForCountry(country.id, PROFILE_FIGURE_LIMIT),
    getEventsForCountry(country.id, 12),
    getArticlesAboutCountry(country.id),
    getAuthorsCoveringCountry(country.id),
    resolveRichTextReferences(country.summary),
  ])
  const figures = await withRevisionCounts(observationsToFigures(observations))
  return {
    articles,
    authors,
    country,
    events,
    figures,
    /** Figures where the country is the subject (the reporter of a bilateral figure). */
    figuresAsReporter: figures.filter((figure) => figure.country === country.slug),
    lookups: observationLookups(observations),
    /** Every published figure of the country, not only the ones read. */
    observationCount,
    /** The newest observations: how many the table stands for. */
    observations: observations.slice(0, PROFILE_TABLE_ROWS),
    /** The newest figures a reader may see, for the table. */
    tableFigures: figures.slice(0, PROFILE_TABLE_ROWS),
    resolved,
  }
})
