/** The name printed in the corner of every chart image, so a chart pasted into slides says where it came from. */
export const SITE_NAME = 'Crossroads'

export type ChartImageLegendEntry = { colour: string; label: string; shape: 'line' | 'outline' | 'swatch' }

export type ChartImageParts = {
  /** The chart as the page renders it: its `<svg>` (with a `viewBox`), perhaps beside an HTML legend, which is left out. */
  chartMarkup: string
  legend?: ChartImageLegendEntry[]
  /** Where the figures come from, printed under the chart. */
  source: string
  /** The unit line under the title. */
  subtitle: string
  title: string
}

export type ChartImage = { height: number; svg: string; width: number }

const PADDING = 24
const MIN_WIDTH = 640
const TITLE_SIZE = 20
const SUBTITLE_SIZE = 13
const LEGEND_SIZE = 12
const FOOT_SIZE = 11
const LINE_GAP = 1.35
/** Average advance of a DejaVu glyph as a share of the font size: enough to wrap lines without measuring text. */
const GLYPH_WIDTH = { sans: 0.58, serifBold: 0.66 } as const

/*
 * The page styles its charts with charts.css and CSS custom properties; an image stands alone, so
 * the same rules are written out here with the colours resolved. The fonts are the DejaVu faces
 * the PNG renderer loads (lib/charts/chartImageToPng.ts), with common fallbacks for the SVG.
 */
const SANS = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"
const SERIF = "'DejaVu Serif', Georgia, serif"
const CHART_STYLE = `
text { font-family: ${SANS}; fill: #4a525c; font-size: 12px; }
.image__title { font-family: ${SERIF}; font-weight: 700; fill: #1b1f24; font-size: ${TITLE_SIZE}px; }
.image__subtitle { font-size: ${SUBTITLE_SIZE}px; }
.image__legend { font-size: ${LEGEND_SIZE}px; font-weight: 700; fill: #1b1f24; }
.image__source { font-size: ${FOOT_SIZE}px; fill: #6b7480; }
.image__site { font-size: ${FOOT_SIZE + 1}px; font-weight: 700; fill: #1f5f6b; }
.chart__grid line { stroke: #e9e6df; stroke-dasharray: 2 3; }
.chart__grid line.chart__zero, .chart__zero { stroke: #9a968c; stroke-dasharray: none; }
.chart__axis-label { font-weight: 700; }
.chart__x-axis text { fill: #6b7480; }
.chart__line { fill: none; stroke: currentColor; stroke-width: 2.25; stroke-linejoin: round; }
.chart__line--planned { stroke-dasharray: 5 4; stroke-width: 1.5; }
.chart__span { stroke: currentColor; stroke-opacity: 0.35; stroke-width: 3; stroke-linecap: round; }
.chart__range { stroke: currentColor; stroke-width: 2; }
.chart__dot { fill: currentColor; stroke: #ffffff; stroke-width: 1.5; }
.chart__dot--planned { fill: #ffffff; stroke: currentColor; stroke-width: 2; }
.chart__bar { fill: #1f5f6b; }
.chart__bar--planned { fill: #ffffff; stroke: #1f5f6b; stroke-width: 1.5; stroke-dasharray: 4 3; }
.chart__bar-label { fill: #1b1f24; font-size: 13px; }
.chart__bar-value { fill: #1b1f24; font-size: 13px; font-weight: 700; }
.chart__bar-note { fill: #6b7480; font-size: 11px; }
.map__sea { fill: #eef3f5; }
.map__country { stroke: #ffffff; stroke-width: 0.6; }
.map__country--core { stroke: #8f8a7e; stroke-width: 0.9; }
.map__country--highlight { stroke: #a23b2a; stroke-width: 2; }
.map__label { fill: #1b1f24; font-size: 11px; font-weight: 700; paint-order: stroke; stroke: #ffffff; stroke-opacity: 0.8; stroke-width: 3px; }
`

const XML_ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }

/** Text as it may stand in XML content or an attribute value. */
export const textToXml = (text: string): string => text.replace(/["&'<>]/g, (character) => XML_ESCAPES[character])

/** Breaks text into lines of at most `maxCharacters`, at spaces; a single longer word keeps its own line. */
export const wrapText = (text: string, maxCharacters: number): string[] => {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > maxCharacters) {
      lines.push(current)
      current = word
    } else {
      current = current ? `${current} ${word}` : word
    }
  }
  return current ? [...lines, current] : lines
}

/** The chart's `<svg>` element out of the markup a chart component renders (the time chart puts an HTML legend before it). */
export const markupToChartSvg = (markup: string): string => {
  const start = markup.indexOf('<svg')
  const end = markup.lastIndexOf('</svg>')
  if (start === -1 || end < start) {
    throw new Error('A chart image needs the chart drawn as an <svg> element; this chart rendered none.')
  }
  return markup.slice(start, end + '</svg>'.length)
}

/** The width and height of a chart's drawing, from the `viewBox` of its `<svg>` tag. */
export const chartSvgSize = (chartSvg: string): { height: number; width: number } => {
  const viewBox = /^<svg\b[^>]*\bviewBox="([^"]+)"/.exec(chartSvg.trim())?.[1]
  const [, , width, height] = (viewBox ?? '').split(/[\s,]+/).map(Number)
  if (!(width > 0 && height > 0)) {
    throw new Error('A chart image needs the chart as an <svg> element with a viewBox of positive width and height.')
  }
  return { height, width }
}

/**
 * The chart's `<svg>` placed at (x, y) inside the image. Its aria attributes point at a title on
 * the page, which the image does not have, so they go; the image carries its own `<title>`.
 */
const placeChartSvg = (chartSvg: string, { x, y }: { x: number; y: number }): string => {
  const { height, width } = chartSvgSize(chartSvg)
  return chartSvg.trim().replace(/^<svg\b([^>]*)>/, (_tag, attributes: string) => {
    const kept = attributes.replace(/\s(?:aria-[a-z]+|role|x|y|width|height)="[^"]*"/g, '')
    return `<svg${kept} x="${x}" y="${y}" width="${width}" height="${height}" overflow="hidden">`
  })
}

const estimatedWidth = (text: string, size: number) => text.length * size * GLYPH_WIDTH.sans

const textLines = ({
  className,
  lines,
  size,
  x,
  y,
}: {
  className: string
  lines: string[]
  size: number
  x: number
  y: number
}): string =>
  lines
    .map(
      (line, index) =>
        `<text class="${className}" x="${x}" y="${Math.round(y + index * size * LINE_GAP)}">${textToXml(line)}</text>`,
    )
    .join('')

const legendMark = ({ colour, shape }: ChartImageLegendEntry, x: number, y: number): string => {
  if (shape === 'line') {
    return `<rect x="${x}" y="${y - 5}" width="18" height="3" rx="1.5" fill="${textToXml(colour)}"/>`
  }
  if (shape === 'outline') {
    return `<rect x="${x}" y="${y - 10}" width="18" height="11" rx="2" fill="#ecebe6" stroke="${textToXml(colour)}" stroke-width="2"/>`
  }
  return `<rect x="${x}" y="${y - 10}" width="18" height="11" rx="2" fill="${textToXml(colour)}" stroke="#000000" stroke-opacity="0.12"/>`
}

/** Legend entries laid out left to right, wrapping to a new row when the next would overflow. */
const layoutLegend = (legend: ChartImageLegendEntry[], { top, width }: { top: number; width: number }) => {
  const rowHeight = LEGEND_SIZE * 1.8
  let [x, y] = [PADDING, top + LEGEND_SIZE]
  const parts: string[] = []
  for (const entry of legend) {
    const entryWidth = 24 + estimatedWidth(entry.label, LEGEND_SIZE) + 18
    if (x > PADDING && x + entryWidth > width - PADDING) {
      ;[x, y] = [PADDING, y + rowHeight]
    }
    parts.push(
      legendMark(entry, x, y),
      `<text class="image__legend" x="${Math.round(x + 24)}" y="${Math.round(y)}">${textToXml(entry.label)}</text>`,
    )
    x += entryWidth
  }
  return { height: legend.length ? y - top + rowHeight - LEGEND_SIZE : 0, markup: parts.join('') }
}

/**
 * A chart as a self-contained SVG image: title, unit line and legend above the drawing, the source
 * line and the site's name below, on a white ground, with the chart's styles written in. The PNG
 * download is this image rasterised, so both say the same.
 */
export const composeChartSvg = ({ chartMarkup, legend = [], source, subtitle, title }: ChartImageParts): ChartImage => {
  const chartSvg = markupToChartSvg(chartMarkup)
  const chart = chartSvgSize(chartSvg)
  const width = Math.max(MIN_WIDTH, chart.width) + 2 * PADDING
  const textWidth = width - 2 * PADDING
  const titleLines = wrapText(title, Math.floor(textWidth / (TITLE_SIZE * GLYPH_WIDTH.serifBold)))
  const subtitleLines = wrapText(subtitle, Math.floor(textWidth / (SUBTITLE_SIZE * GLYPH_WIDTH.sans)))
  const siteWidth = estimatedWidth(SITE_NAME, FOOT_SIZE + 1) + 24
  const sourceLines = wrapText(source, Math.floor((textWidth - siteWidth) / (FOOT_SIZE * GLYPH_WIDTH.sans)))

  let y = PADDING + TITLE_SIZE
  const titleMarkup = textLines({ className: 'image__title', lines: titleLines, size: TITLE_SIZE, x: PADDING, y })
  y += (titleLines.length - 1) * TITLE_SIZE * LINE_GAP + SUBTITLE_SIZE * 1.7
  const subtitleMarkup = textLines({
    className: 'image__subtitle',
    lines: subtitleLines,
    size: SUBTITLE_SIZE,
    x: PADDING,
    y,
  })
  y += (subtitleLines.length - 1) * SUBTITLE_SIZE * LINE_GAP + 16
  const legendLayout = layoutLegend(legend, { top: y, width })
  y += legendLayout.height + (legend.length ? 10 : 0)
  const placedChart = placeChartSvg(chartSvg, {
    x: PADDING + Math.round((textWidth - chart.width) / 2),
    y: Math.round(y),
  })
  y += chart.height + 18 + FOOT_SIZE
  const sourceMarkup = textLines({ className: 'image__source', lines: sourceLines, size: FOOT_SIZE, x: PADDING, y })
  const siteMarkup = `<text class="image__site" text-anchor="end" x="${width - PADDING}" y="${Math.round(y)}">${SITE_NAME}</text>`
  const height = Math.round(y + (sourceLines.length - 1) * FOOT_SIZE * LINE_GAP + PADDING)

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${textToXml(title)}</title>`,
    `<style>${CHART_STYLE}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    titleMarkup,
    subtitleMarkup,
    legendLayout.markup,
    placedChart,
    sourceMarkup,
    siteMarkup,
    '</svg>',
  ].join('')
  return { height, svg, width }
}
