import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'

import { BarChart } from '@/components/site/charts/BarChart'
import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { seriesColour } from '@/components/site/charts/palette'
import { TimeChart } from '@/components/site/charts/TimeChart'
import { DataDownloads } from '@/components/site/DataDownloads'
import { FigureTable } from '@/components/site/FigureTable'
import { MirrorTable } from '@/components/site/views/MirrorTable'
import { RegionMap } from '@/components/site/views/RegionMap'
import { AsOfBanner } from '@/components/site/views/AsOfBanner'
import { COUNTRY_REGIONS } from '@/lib/countries/options'
import { indicatorDatasetTitle, todayUtc } from '@/lib/citation/citation'
import { asOfToQuery, parseAsOf, pathWithAsOf } from '@/lib/figureRevisions/asOf'
import { INDICATOR_CATEGORIES, INDICATOR_SCALES } from '@/lib/indicators/options'
import { getIndicatorBySlug, getIndicatorPage } from '@/lib/queries/indicators'
import { RichText } from '@/lib/richText/RichText'
import { absoluteUrl } from '@/lib/siteUrl'
import { textToSlug } from '@/lib/slugify'
import { compareLink } from '@/lib/series/compareQuery'
import { chooseReporters, isChartedReport, pairMirrorFigures } from '@/lib/series/mirror'
import { pickShown, seriesKeyOf } from '@/lib/series/points'
import { isTarget } from '@/lib/series/points'
import { groupByUnit, sharedScale } from '@/lib/series/scale'
import { pointToChartLabel, pointToNote, pointToValueText } from '@/lib/series/text'

import '@/components/site/views/views.css'

export const dynamic = 'force-static'
export const revalidate = 3600

/** `/indicators/<slug>?asOf=<day>` arrives here as `date` (a rewrite in next.config.js keeps each day's page cacheable). */
type Props = { params: Promise<{ date?: string; slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const indicator = await getIndicatorBySlug((await params).slug)
  return indicator ? { description: indicator.description, title: indicator.name } : { title: 'Indicator not found' }
}

const MAX_LINES = 8
const MAX_REPORTER_MAPS = 4

const groupBy = <T,>(items: T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item])
  }
  return groups
}

const IndicatorPage = async ({ params }: Props) => {
  const { date, slug } = await params
  const asOf = parseAsOf(date === undefined ? undefined : decodeURIComponent(date))
  const data = await getIndicatorPage(slug, asOf.kind === 'pinned' ? asOf.end : null)
  if (!data) {
    notFound()
  }
  const { countries, figures, indicator, observationCount, resolved, tableFigures } = data
  const countryBySlug = new Map(countries.map((country) => [country.slug!, country]))
  const nameOf = (slug: string) => countryBySlug.get(slug)?.name ?? slug
  const iso3Of = (slug: string) => countryBySlug.get(slug)?.iso3 ?? null
  /**
   * A regional aggregate ("Central Asia (regional aggregate)") has no outline of its own; its
   * region's member states are outlined instead.
   */
  const outlineOf = (slug: string): string[] => {
    const country = countryBySlug.get(slug)
    const region = COUNTRY_REGIONS.find((item) => country?.name.startsWith(item.label))
    if (country?.kind === 'aggregate' && region) {
      return countries
        .filter((member) => member.region === region.value && member.kind === 'state' && member.iso3)
        .map((member) => member.iso3)
    }
    return country?.iso3 ? [country.iso3] : []
  }
  const isBilateral = indicator.kind === 'bilateral'
  const pairLabel = (figure: SeriesPoint) =>
    `${nameOf(figure.country)}${figure.partner ? ` × ${nameOf(figure.partner)}` : ''}${figure.subject ? ` (${figure.subject})` : ''}`
  const category = INDICATOR_CATEGORIES.find((option) => option.value === indicator.category)?.label
  const scaleLabel = INDICATOR_SCALES.find((option) => option.value === indicator.scale)?.label
  const units = [indicator.unit, ...(indicator.otherUnits ?? [])]
  const mainUnit = figures.some((figure) => figure.unit === indicator.unit)
    ? indicator.unit
    : (figures[0]?.unit ?? indicator.unit)
  const inMainUnit = figures.filter((figure) => figure.unit === mainUnit)
  const otherUnitCount = figures.length - inMainUnit.length

  const series = [...groupBy(figures, seriesKeyOf).values()]
  const shownPerSeries = series.map((points) => pickShown(points)!).filter((figure) => figure.unit === mainUnit)
  const ranked = [...shownPerSeries].sort((a, b) => (mainUnit === 'rank' ? a.value - b.value : b.value - a.value))
  const reporters = [...groupBy(figures, (figure) => figure.country).entries()]

  const perCountry = new Map<string, SeriesPoint>()
  if (!isBilateral) {
    for (const [slug, points] of reporters) {
      const shown = pickShown(points.filter((figure) => figure.unit === mainUnit))
      if (shown) {
        perCountry.set(slug, shown)
      }
    }
  }
  const reporterMaps = isBilateral
    ? reporters
        .map(([slug, points]) => {
          const byPartner = new Map<string, SeriesPoint>()
          for (const [partner, withPartner] of groupBy(
            points.filter((figure) => figure.partner && figure.unit === mainUnit),
            (figure) => figure.partner!,
          )) {
            byPartner.set(partner, pickShown(withPartner)!)
          }
          return { byPartner, slug }
        })
        .filter(({ byPartner }) => byPartner.size > 0)
        .sort((a, b) => b.byPartner.size - a.byPartner.size || nameOf(a.slug).localeCompare(nameOf(b.slug)))
        .slice(0, MAX_REPORTER_MAPS)
    : []

  // One reporter per pair across the whole series: a pair both sides report is drawn from one side only.
  const reporterChoices = isBilateral ? chooseReporters({ nameOf, points: figures }) : new Map()
  const mirrorPairs = isBilateral
    ? pairMirrorFigures({ mirrorPoints: data.mirror?.figures ?? figures, nameOf, points: figures })
    : []
  const lines = series
    .filter((points) => isChartedReport(points[0], reporterChoices))
    .filter((points) => points.some((figure) => figure.periodMid !== null))
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_LINES)
    .map((points, index) => ({
      colour: seriesColour(index),
      key: seriesKeyOf(points[0]),
      label: pairLabel(points[0]),
      points,
    }))
  const timeCharts = [...groupByUnit(lines.flatMap((line) => line.points)).keys()].map((unit) => {
    const unitLines = lines.map((line) => ({ ...line, points: line.points.filter((figure) => figure.unit === unit) }))
    const values = unitLines.flatMap((line) => line.points.map((figure) => figure.value))
    return {
      lines: unitLines.filter((line) => line.points.length),
      scale: sharedScale({ scales: [indicator.scale], values }),
      unit,
    }
  })
  const undatedCount = figures.filter((figure) => figure.periodMid === null).length
  const compareCountries = reporters.slice(0, 4).map(([slug]) => slug)

  return (
    <div className="data-view">
      <header className="index-header indicator-header">
        <p className="eyebrow">
          {category} · {isBilateral ? 'Bilateral (country × partner)' : 'Country'} indicator
        </p>
        <h1>{indicator.name}</h1>
        <p className="dek">{indicator.description}</p>
        <dl className="indicator-list__meta indicator-header__meta">
          <div>
            <dt>Unit</dt>
            <dd>{units.join(' or ')}</dd>
          </div>
          <div>
            <dt>Shown</dt>
            <dd>
              {scaleLabel?.toLowerCase()}, {indicator.decimals} decimal{indicator.decimals === 1 ? '' : 's'}
            </dd>
          </div>
          <div>
            <dt>Published</dt>
            <dd>
              {observationCount.toLocaleString('en-GB')} figure{observationCount === 1 ? '' : 's'}, {reporters.length}{' '}
              {reporters.length === 1 ? 'country' : 'countries'}
            </dd>
          </div>
          {indicator.defaultSource?.url ? (
            <div>
              <dt>Main source</dt>
              <dd>
                <a href={indicator.defaultSource.url} rel="noopener noreferrer">
                  {indicator.defaultSource.name || new URL(indicator.defaultSource.url).hostname}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        <AsOfBanner asOf={asOf} currentHref={`/indicators/${indicator.slug}`} />
        {figures.length ? (
          <p>
            <Link
              className="button-link"
              href={compareLink({ countries: compareCountries, indicators: [indicator.slug!] })}
            >
              Compare countries on this indicator
            </Link>
          </p>
        ) : null}
      </header>

      {figures.length === 0 ? (
        <p className="empty-state">No figures have been published for this indicator yet.</p>
      ) : (
        <>
          <section aria-labelledby="map-title" className="view-section">
            <div className="view-section__head">
              <h2 id="map-title">Map</h2>
              <p className="muted">
                {isBilateral
                  ? 'A bilateral figure belongs to a pair of countries, so each map shows one reporting country and colours its partners. Adding partners up would mix periods and invent totals no source gives.'
                  : 'Each country coloured by its newest published figure; grey where none is published.'}
                {otherUnitCount ? ` ${otherUnitCount} figure(s) in another unit are in the table below.` : ''}
              </p>
            </div>
            {isBilateral ? (
              <div className="chart-grid chart-grid--maps">
                {reporterMaps.map(({ byPartner, slug }) => (
                  <RegionMap
                    figures={byPartner}
                    highlight={{ iso3: outlineOf(slug), name: nameOf(slug) }}
                    id={`map-${slug}`}
                    indicator={indicator}
                    iso3Of={iso3Of}
                    key={slug}
                    nameOf={nameOf}
                    subtitle={`${mainUnit} · newest figure with each partner`}
                    title={`${nameOf(slug)} and its partners`}
                  />
                ))}
              </div>
            ) : (
              <RegionMap
                figures={perCountry}
                id="map-countries"
                indicator={indicator}
                iso3Of={iso3Of}
                nameOf={nameOf}
                subtitle={`${mainUnit} · newest figure per country`}
                title={indicator.name}
              />
            )}
          </section>

          <section aria-labelledby="ranking-heading" className="view-section">
            <div className="view-section__head">
              <h2 id="ranking-heading">Ranking</h2>
              <p className="muted">
                The newest figure of each {isBilateral ? 'country pair' : 'country'}, ordered by value. Periods differ,
                so each bar carries its own.
              </p>
            </div>
            <ChartFigure
              dataTable={
                <FigureTable
                  caption={`${indicator.name}, newest figure of each ${isBilateral ? 'pair' : 'country'}, ranked.`}
                  figures={ranked}
                  indicatorOf={() => indicator}
                  rowHeader={isBilateral ? 'Country × partner' : 'Country'}
                  rowLabel={(figure) => `${ranked.indexOf(figure) + 1}. ${pairLabel(figure)}`}
                />
              }
              id="ranking"
              subtitle={`${mainUnit === 'percent' ? 'Percent' : mainUnit} · ${ranked.length} ${isBilateral ? 'pairs' : 'countries'}`}
              title={`${indicator.name}: latest by ${isBilateral ? 'pair' : 'country'}`}
            >
              {mainUnit === 'rank' ? (
                <ol className="rank-list">
                  {ranked.map((figure) => (
                    <li key={figure.id}>
                      <strong>{pointToValueText(figure, indicator)}</strong> {pairLabel(figure)}{' '}
                      <span className="muted">({pointToNote(figure) || figure.qualifierNote})</span>
                    </li>
                  ))}
                </ol>
              ) : (
                <BarChart
                  bars={ranked.map((figure) => ({
                    key: figure.id,
                    label: isBilateral
                      ? `${nameOf(figure.country)} × ${figure.partner ? nameOf(figure.partner) : '—'}`
                      : nameOf(figure.country),
                    ...pointToChartLabel(figure, indicator),
                    planned: isTarget(figure),
                    value: figure.value,
                  }))}
                  labelledBy="ranking-title"
                />
              )}
            </ChartFigure>
          </section>

          <section aria-labelledby="series-title" className="view-section">
            <div className="view-section__head">
              <h2 id="series-title">Over time</h2>
              <p className="muted">
                Each dot sits in the middle of its period; a faint bar spans periods longer than a month. Hollow dots
                and dashed lines are targets or bounds.
                {undatedCount
                  ? ` ${undatedCount} undated figure${undatedCount === 1 ? '' : 's'} cannot be placed in time and ${undatedCount === 1 ? 'is' : 'are'} listed below.`
                  : ''}
              </p>
            </div>
            {timeCharts.length ? (
              timeCharts.map((chart) => (
                <ChartFigure
                  dataTable={
                    <FigureTable
                      caption={`${indicator.name} in ${chart.unit}, dated figures by series.`}
                      figures={chart.lines.flatMap((line) => line.points)}
                      indicatorOf={() => indicator}
                      rowHeader={isBilateral ? 'Country × partner' : 'Country'}
                      rowLabel={pairLabel}
                    />
                  }
                  id={`series-${textToSlug(chart.unit)}`}
                  key={chart.unit}
                  subtitle={`${chart.unit} · ${chart.lines.length} series${lines.length < series.length ? `, the ${lines.length} longest shown` : ''}`}
                  title={`${indicator.name} over time`}
                >
                  <TimeChart
                    labelledBy={`series-${textToSlug(chart.unit)}-title`}
                    scale={chart.scale}
                    series={chart.lines}
                    unit={chart.unit}
                  />
                </ChartFigure>
              ))
            ) : (
              <p className="empty-state">
                None of the published figures for this indicator is dated, so there is no time series to draw.
              </p>
            )}
            <MirrorTable
              choices={[...reporterChoices.values()]}
              id="mirror-figures"
              indicator={indicator}
              mirrorIndicatorName={data.mirror?.indicator.name}
              nameOf={nameOf}
              pairs={mirrorPairs}
            />
          </section>
        </>
      )}

      {indicator.methodology ? (
        <section aria-labelledby="method-title" className="view-section prose indicator-method">
          <h2 id="method-title">Methodology</h2>
          <RichText doc={indicator.methodology} resolved={resolved} />
        </section>
      ) : null}

      <section aria-labelledby="figures-title" className="view-section">
        <h2 id="figures-title">
          {observationCount > tableFigures.length ? 'Newest published figures' : 'All published figures'}
        </h2>
        {observationCount > tableFigures.length ? (
          <p className="muted">
            The {tableFigures.length} newest of {observationCount.toLocaleString('en-GB')} published figures.{' '}
            <Link href={compareLink({ countries: [], indicators: [indicator.slug!] })}>
              Compare countries on this indicator
            </Link>{' '}
            to see every figure of the countries you choose and download them as CSV.
          </p>
        ) : null}
        {tableFigures.length ? (
          <FigureTable
            caption={`Published observations of ${indicator.name.toLowerCase()}, newest period first.`}
            figures={tableFigures}
            indicatorOf={() => indicator}
            rowHeader="Country × partner"
            rowLabel={(figure) => `${nameOf(figure.country)}${figure.partner ? ` × ${nameOf(figure.partner)}` : ''}`}
          />
        ) : (
          <p className="empty-state">No figures have been published for this indicator yet.</p>
        )}
      </section>
      <DataDownloads
        basePath={`/indicators/${indicator.slug}/data`}
        citation={{
          // A cached page says the day it was rendered; it is rendered again at least hourly.
          accessedOn: todayUtc(),
          asOf: asOf.kind === 'pinned' ? asOf.date : null,
          permalink: absoluteUrl(pathWithAsOf(`/indicators/${indicator.slug}`, asOf)),
          title: indicatorDatasetTitle(indicator),
        }}
        query={asOf.kind === 'pinned' ? `?${asOfToQuery(asOf)}` : ''}
      />
      <p className="back-link">
        <Link href="/indicators">← All indicators</Link>
      </p>
    </div>
  )
}

export default IndicatorPage
