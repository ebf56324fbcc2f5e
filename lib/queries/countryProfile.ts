import { cache } from 'react'

import { getArticlesAboutCountry } from '@/lib/queries/articles'
import {
  getAuthorsCoveringCountry,
  getCountryBySlug,
  getEventsForCountry,
  getObservationsForCountry,
} from '@/lib/queries/countries'
import { observationsToFigures } from '@/lib/queries/figures'
import { observationLookups } from '@/lib/queries/lookups'
import { resolveRichTextReferences } from '@/lib/queries/richText'

/** Everything the country profile shows, read as an anonymous reader; null for an unknown slug. */
export const getCountryProfile = cache(async (slug: string) => {
  const country = await getCountryBySlug(slug)
  if (!country) {
    return null
  }
  const [observations, events, articles, authors, resolved] = await Promise.all([
    getObservationsForCountry(country.id),
    getEventsForCountry(country.id, 12),
    getArticlesAboutCountry(country.id),
    getAuthorsCoveringCountry(country.id),
    resolveRichTextReferences(country.summary),
  ])
  const figures = observationsToFigures(observations)
  return {
    articles,
    authors,
    country,
    events,
    figures,
    /** Figures where the country is the subject (the reporter of a bilateral figure). */
    figuresAsReporter: figures.filter((figure) => figure.country === country.slug),
    lookups: observationLookups(observations),
    observations,
    resolved,
  }
})
