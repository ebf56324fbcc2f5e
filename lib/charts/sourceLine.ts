import type { SeriesPoint } from '@/lib/series/points'

const MAX_NAMED = 3

const hostOf = (url: string): null | string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}

/** A figure sourced to one of our analyses is cited by its title, as the figure tables link it. */
const articleOf = (source: SeriesPoint['source']): null | string => {
  const article = source?.article
  return article && typeof article === 'object' && article.title ? `Crossroads, “${article.title}”` : null
}

/**
 * The source line printed under a chart image: the analyses and publishers of the figures drawn (by
 * web address where a figure names neither), else the indicator's main source.
 */
export const figuresToSourceLine = ({
  defaultSource,
  figures,
}: {
  defaultSource?: { name?: null | string; url?: null | string } | null
  figures: Pick<SeriesPoint, 'source'>[]
}): string => {
  const names = [
    ...new Set(
      figures
        .map(
          (figure) =>
            articleOf(figure.source) ??
            (figure.source?.publisher?.trim() || (figure.source?.url ? hostOf(figure.source.url) : null)),
        )
        .filter((name): name is string => !!name),
    ),
  ].sort((a, b) => a.localeCompare(b))
  if (names.length) {
    const more = names.length - MAX_NAMED
    return `Source${names.length > 1 ? 's' : ''}: ${names.slice(0, MAX_NAMED).join('; ')}${more > 0 ? ` and ${more} more` : ''}`
  }
  const fallback = defaultSource?.name?.trim() || (defaultSource?.url ? hostOf(defaultSource.url) : null)
  return fallback ? `Source: ${fallback}` : 'Source: as given for each figure on the page'
}
