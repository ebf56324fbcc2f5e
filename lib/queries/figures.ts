import type { Article, Country, Indicator, Observation } from '@/payload-types'
import type { SeriesPoint } from '@/lib/series/points'
import type { SourceRef } from '@/lib/series/download'

import { formatDate } from '@/lib/format'
import { storedPeriodToPeriod } from '@/lib/period'
import { toSeriesPoint } from '@/lib/series/points'
import { isFigureVisible } from '@/lib/series/visibility'

/** What an observation read needs from a source article: enough for the link and its note number. */
export const FIGURE_POPULATE = {
  articles: { footnoteIds: true, slug: true, title: true },
} as const

const slugOf = (value: unknown): null | string =>
  value && typeof value === 'object' && 'slug' in value ? ((value as { slug?: null | string }).slug ?? null) : null

/**
 * An observation read at depth 1 as a figure; null when its indicator, country or partner is not
 * visible (a relationship a reader may not see stays an id).
 */
export const observationToFigure = (observation: Observation): SeriesPoint | null => {
  const indicator = observation.indicator as Indicator | number
  const country = observation.country as Country | number
  const indicatorSlug = slugOf(indicator)
  const countrySlug = slugOf(country)
  const partnerSlug = slugOf(observation.partner)
  if (
    !isFigureVisible({
      country: countrySlug,
      hasPartner: observation.partner !== null && observation.partner !== undefined,
      indicator: indicatorSlug,
      partner: partnerSlug,
    }) ||
    typeof indicator !== 'object'
  ) {
    return null
  }
  return {
    ...toSeriesPoint({
      country: countrySlug!,
      id: String(observation.id),
      indicator: indicatorSlug!,
      partner: partnerSlug,
      period: storedPeriodToPeriod(observation.period),
      qualifier: observation.qualifier ?? 'actual',
      qualifierNote: observation.qualifierNote ?? null,
      subject: observation.subject ?? null,
      unit: observation.unit || indicator.unit,
      value: observation.value,
      valueMax: observation.valueMax ?? null,
    }),
    source: observation.source,
  }
}

export const observationsToFigures = (observations: Observation[]): SeriesPoint[] =>
  observations.map(observationToFigure).filter((figure): figure is SeriesPoint => figure !== null)

/** The source as plain text and an absolute link, for downloads. Mirrors `ObservationSource`. */
export const figureSourceToRef = (source: SeriesPoint['source'], origin: string): SourceRef => {
  const article = source?.article as Article | null | number | undefined
  if (article && typeof article === 'object') {
    const footnote = source?.footnote
    const number = footnote ? (article.footnoteIds ?? []).indexOf(footnote) + 1 : 0
    return {
      accessed: null,
      text: `${article.title}${number > 0 ? `, note ${number}` : ''}`,
      url: `${origin}/articles/${article.slug}${number > 0 ? `#note-${footnote}` : ''}`,
    }
  }
  if (source?.url) {
    return {
      accessed: source.accessed ? source.accessed.slice(0, 10) : null,
      text: `${source.publisher || new URL(source.url).hostname}${source.accessed ? ` (accessed ${formatDate(source.accessed)})` : ''}`,
      url: source.url,
    }
  }
  return { accessed: null, text: '', url: null }
}
