/**
 * `npm run bench:charts`: milliseconds per chart PNG with resvg (what the site uses) and with
 * sharp/librsvg (the alternative already installed), on the site's own chart components.
 * Writes both PNGs of each chart to bench/results/ to compare how they look.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'

import { BarChart } from '@/components/site/charts/BarChart'
import { ChoroplethMap } from '@/components/site/charts/ChoroplethMap'
import { seriesColour } from '@/components/site/charts/palette'
import { TimeChart } from '@/components/site/charts/TimeChart'
import { composeChartSvg } from '@/lib/charts/chartImage'
import { chartSvgToPng, PNG_SCALE } from '@/lib/charts/chartImageToPng'
import { toSeriesPoint } from '@/lib/series/points'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 30)
const RESULTS_DIR = path.resolve('bench/results')
const COUNTRIES = [
  'Kazakhstan',
  'Uzbekistan',
  'Kyrgyzstan',
  'Tajikistan',
  'Turkmenistan',
  'Azerbaijan',
  'Armenia',
  'Georgia',
]
const ISO3 = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM', 'AZE', 'ARM', 'GEO']

const timeSeries = COUNTRIES.slice(0, 5).map((country, index) => ({
  colour: seriesColour(index),
  key: country,
  label: country,
  points: Array.from({ length: 15 }, (_, year) =>
    toSeriesPoint({
      country,
      id: `${country}-${year}`,
      indicator: 'gdp-growth',
      partner: null,
      period: { kind: 'year', year: 2010 + year },
      qualifier: year === 14 ? 'target' : 'actual',
      qualifierNote: null,
      subject: null,
      unit: 'percent',
      value: 3 + index + Math.sin(year + index) * 2,
      valueMax: null,
    }),
  ),
}))

const charts = {
  bars: composeChartSvg({
    chartMarkup: renderToStaticMarkup(
      <BarChart
        bars={COUNTRIES.map((label, index) => ({
          key: label,
          label,
          note: '2024',
          planned: index === 7,
          value: 1000 - index * 97,
          valueText: `${1000 - index * 97} million USD`,
        }))}
        labelledBy="bench"
      />,
    ),
    source: 'Source: World Bank, World Development Indicators',
    subtitle: 'million USD · 8 countries',
    title: 'Exports of goods: latest by country',
  }),
  map: composeChartSvg({
    chartMarkup: renderToStaticMarkup(
      <ChoroplethMap data={ISO3.map((iso3, index) => ({ iso3, name: iso3, value: index * 3 }))} labelledBy="bench" />,
    ),
    source: 'Source: World Bank, World Development Indicators',
    subtitle: 'percent · newest figure per country',
    title: 'Unemployment',
  }),
  time: composeChartSvg({
    chartMarkup: renderToStaticMarkup(<TimeChart labelledBy="bench" scale="1" series={timeSeries} unit="percent" />),
    legend: timeSeries.map((series) => ({ colour: series.colour, label: series.label, shape: 'line' as const })),
    source: 'Source: IMF, World Economic Outlook',
    subtitle: 'percent · 5 series',
    title: 'GDP growth over time',
  }),
}

const timeOf = async (render: () => Promise<Buffer> | Buffer) => {
  await render()
  const started = performance.now()
  for (let round = 0; round < ROUNDS; round += 1) {
    await render()
  }
  return (performance.now() - started) / ROUNDS
}

fs.mkdirSync(RESULTS_DIR, { recursive: true })
for (const [name, image] of Object.entries(charts)) {
  const withResvg = () => chartSvgToPng(image.svg)
  const withSharp = () =>
    sharp(Buffer.from(image.svg), { density: 72 * PNG_SCALE })
      .png()
      .toBuffer()
  fs.writeFileSync(path.join(RESULTS_DIR, `chart-${name}.resvg.png`), withResvg())
  fs.writeFileSync(path.join(RESULTS_DIR, `chart-${name}.sharp.png`), await withSharp())
  fs.writeFileSync(path.join(RESULTS_DIR, `chart-${name}.svg`), image.svg)
  const [resvgMs, sharpMs] = [await timeOf(withResvg), await timeOf(withSharp)]
  process.stdout.write(
    `${name} (${image.width}×${image.height} → ${image.width * PNG_SCALE}×${image.height * PNG_SCALE} px): resvg ${resvgMs.toFixed(1)} ms, sharp ${sharpMs.toFixed(1)} ms per PNG\n`,
  )
}
