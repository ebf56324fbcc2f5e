import type { ChartRequest } from '@/lib/charts/chartAddress'

import { findChartSource } from '@/components/site/charts/chartSources'
import { composeChartSvg } from '@/lib/charts/chartImage'
import { chartSvgToPng } from '@/lib/charts/chartImageToPng'

/** A chart's image file: the composed SVG, or that SVG drawn as PNG at twice its size. */
export const renderChartImage = async (
  request: ChartRequest,
  search: URLSearchParams,
  format: 'png' | 'svg',
): Promise<{ body: Buffer; fileName: string } | null> => {
  const source = await findChartSource(request, search)
  if (!source) {
    return null
  }
  // Loaded here, not at the top: a module that imports react-dom/server cannot be part of a page's server components.
  const { renderToStaticMarkup } = await import('react-dom/server')
  const { svg } = composeChartSvg({
    chartMarkup: renderToStaticMarkup(source.chart),
    legend: source.legend,
    source: source.source,
    subtitle: source.subtitle,
    title: source.title,
  })
  const fileName = `crossroads-${source.fileName}.${format}`
  return { body: format === 'png' ? chartSvgToPng(svg) : Buffer.from(svg, 'utf8'), fileName }
}
