import Link from 'next/link'
import React from 'react'

import { BarChart } from '@/components/site/charts/BarChart'
import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { TimeChart } from '@/components/site/charts/TimeChart'
import { DataDownloads } from '@/components/site/DataDownloads'
import { FigureTable } from '@/components/site/FigureTable'
import { MirrorTable } from '@/components/site/views/MirrorTable'
import { indicatorPageToView } from '@/components/site/views/indicatorView'
import { RegionMap } from '@/components/site/views/RegionMap'
import { AsOfBanner } from '@/components/site/views/AsOfBanner'
import { indicatorDatasetTitle, todayUtc } from '@/lib/citation/citation'
import { type AsOf, asOfToQuery, pathWithAsOf } from '@/lib/figureRevisions/asOf'
import type { IndicatorPageData } from '@/lib/queries/indicators'
import { RichText } from '@/lib/richText/RichText'
import { absoluteUrl } from '@/lib/siteUrl'
import { textToSlug } from '@/lib/slugify'
import { compareLink } from '@/lib/series/compareQuery'
import { isTarget } from '@/lib/series/points'
import { pointToChartLabel, pointToNote, pointToValueText } from '@/lib/series/text'

/** An indicator's public page, current or as published at the end of a day (`asOf`). */
export const IndicatorPageView = ({ asOf, data, date }: { asOf: AsOf; data: IndicatorPageData; date?: string }) => {
  const { figures, indicator, observationCount, resolved, tableFigures } = data
  const {
    category,
    compareCountries,
    isBilateral,
    iso3Of,
    mainUnit,
    maps,
    mirrorPairs,
    nameOf,
    otherUnitCount,
    pairLabel,
    ranked,
    rankingSubtitle,
    rankingTitle,
    reporterChoices,
    reporters,
    scaleLabel,
    timeChartSubtitle,
    timeCharts,
    undatedCount,
    units,
  } = indicatorPageToView(data)
  const chartAddress = {
    page: `/indicators/${indicator.slug}`,
    search: asOf.kind === 'pinned' ? `?asOf=${encodeURIComponent(date!)}` : undefined,
  }

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
            <div className={isBilateral ? 'chart-grid chart-grid--maps' : undefined}>
              {maps.map((map) => (
                <RegionMap
                  address={chartAddress}
                  figures={map.figures}
                  highlight={map.highlight}
                  id={map.id}
                  indicator={indicator}
                  iso3Of={iso3Of}
                  key={map.id}
                  nameOf={nameOf}
                  subtitle={map.subtitle}
                  title={map.title}
                />
              ))}
            </div>
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
              address={mainUnit === 'rank' ? undefined : chartAddress}
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
              subtitle={rankingSubtitle}
              title={rankingTitle}
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
                  address={chartAddress}
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
                  subtitle={timeChartSubtitle(chart)}
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
