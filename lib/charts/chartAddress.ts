/**
 * The addresses of a chart: `/charts<page>/<chart id>.svg|.png` for its image and
 * `/embed<page>/<chart id>` for the chart alone, where the chart id is the figure's id on its page
 * (`/charts/indicators/gdp-growth/ranking.png`, `/embed/compare/indicator-gdp-growth-percent?countries=…`).
 */
export const chartAddressToPaths = ({
  chartId,
  page,
  search = '',
}: {
  chartId: string
  page: string
  search?: string
}): { embed: string; page: string; png: string; svg: string } => {
  const query = search && !search.startsWith('?') ? `?${search}` : search
  return {
    embed: `/embed${page}/${chartId}${query}`,
    page: `${page}${query}`,
    png: `/charts${page}/${chartId}.png${query}`,
    svg: `/charts${page}/${chartId}.svg${query}`,
  }
}

export type ChartRequest = { chartId: string; page: 'compare' | 'countries' | 'indicators'; slug: null | string }

/** The chart an image or embed address asks for, from its path segments after `/charts` or `/embed`; null when none. */
export const segmentsToChartRequest = (segments: string[]): ChartRequest | null => {
  const [page, ...rest] = segments.map((segment) => decodeURIComponent(segment))
  if (page === 'compare' && rest.length === 1) {
    return { chartId: rest[0], page, slug: null }
  }
  if ((page === 'indicators' || page === 'countries') && rest.length === 2) {
    return { chartId: rest[1], page, slug: rest[0] }
  }
  return null
}

/** Splits `ranking.png` into the chart id and the image format; null for any other ending. */
export const fileNameToChartImage = (fileName: string): { chartId: string; format: 'png' | 'svg' } | null => {
  const match = /^(.+)\.(png|svg)$/.exec(fileName)
  return match ? { chartId: match[1], format: match[2] as 'png' | 'svg' } : null
}
