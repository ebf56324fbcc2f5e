import { cache } from 'react'

import type { Country, Observation } from '@/payload-types'

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

/**
 * A staff preview's change in place of the published version (lib/preview): the country's own
 * draft, or one observation's draft among the published figures.
 */
export type ProfileOverlay = { country?: Country; observation?: Observation }

/** The observations with `draft` in place of its published version (or added, if never published), newest period first. */
export const withDraftObservation = (observations: Observation[], draft: Observation): Observation[] =>
  [...observations.filter((doc) => String(doc.id) !== String(draft.id)), draft].sort((a, b) =>
    String(b.period?.end ?? '').localeCompare(String(a.period?.end ?? '')),
  )

/** Everything the country profile shows, read as an anonymous reader; null for an unknown slug. */
export const getCountryProfile = cache(async (slug: string, overlay?: ProfileOverlay) => {
  const country = overlay?.country ?? (await getCountryBySlug(slug))
  if (!country) {
    return null
  }
  const [{ docs: readObservations, totalDocs: observationCount }, events, articles, authors, resolved] =
    await Promise.all([
      getObservationsForCountry(country.id, PROFILE_FIGURE_LIMIT),
      getEventsForCountry(country.id, 12),
      getArticlesAboutCountry(country.id),
      getAuthorsCoveringCountry(country.id),
      resolveRichTextReferences(country.summary),
    ])
  const observations = overlay?.observation
    ? withDraftObservation(readObservations, overlay.observation)
    : readObservations
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

export type CountryProfile = NonNullable<Awaited<ReturnType<typeof getCountryProfile>>>
