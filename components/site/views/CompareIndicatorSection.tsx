import Link from 'next/link'
import React from 'react'

import type { CompareCountry, CompareIndicator } from '@/lib/queries/compare'
import type { Figure } from '@/lib/queries/figures'

import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { seriesColour } from '@/components/site/charts/palette'
import { TimeChart } from '@/components/site/charts/TimeChart'
import { FigureValue } from '@/components/site/FigureValue'
import { ObservationSource } from '@/components/site/ObservationSource'
import { alignByPeriod } from '@/lib/series/align'
import { bilateralMatrix, matrixKey } from '@/lib/series/matrix'
import { byPeriod, pickShown } from '@/lib/series/points'
import { groupByUnit, sharedScale } from '@/lib/series/scale'
import { formatList } from '@/lib/format'
import { textToSlug } from '@/lib/slugify'
import { pointToFigureText } from '@/lib/series/text'
import { newestPeriods } from '@/lib/series/window'

type Props = {
  countries: CompareCountry[]
  /** Countries with figures for this indicator when none of the chosen ones has any. */
  coveredElsewhere: string[]
  /** The address of this comparison with one more country added. */
  hrefWith: (countrySlug: string) => string
  /** The address of this comparison's CSV download, which holds every period. */
  downloadHref: string
  /** True when this indicator's table by period is shown (the detail view); false for the default view. */
  expanded: boolean
  /** The address of this comparison with this indicator's table by period expanded. */
  expandedHref: string
  /** The address of this comparison's default view. */
  overviewHref: string
  figures: Figure[]
  indicator: CompareIndicator
  partnerNames: Map<string, string>
}

/**
 * How many periods (newest first) a comparison draws per indicator: a readable chart, and a page
 * whose size does not grow with the years of data (the detail view and the CSV have them all).
 */
export const COMPARE_PERIODS = 10

type Row = { country: string; key: string; partner: null | string; subject: null | string }

const rowKey = (figure: Pick<Figure, 'country' | 'partner' | 'subject'>) =>
  [figure.country, figure.partner ?? '-', figure.subject ?? '-'].join('|')

const FigureCell = ({ figure, indicator }: { figure: Figure; indicator: CompareIndicator }) => (
  <div className="cell-figure">
    <FigureValue figure={figure} indicator={indicator} />
    <span className="cell-figure__source">
      <ObservationSource source={figure.source} />
    </span>
  </div>
)

const EmptyCell = ({ children }: { children: React.ReactNode }) => (
  <span className="cell-empty">
    <span aria-hidden>—</span>
    <span className="visually-hidden">{children}</span>
  </span>
)

/**
 * One indicator of a comparison: chart over time, reporter × partner matrix and the newest figure
 * per series; in the detail view (`expanded`) also every figure by period. The default view stays
 * light: each figure's source link is rendered once, in the newest-figures table, not per period.
 */
export const CompareIndicatorSection = ({
  countries,
  coveredElsewhere,
  downloadHref,
  expanded,
  expandedHref,
  figures: allFigures,
  hrefWith,
  indicator,
  overviewHref,
  partnerNames,
}: Props) => {
  const { omittedPeriods, points: figures } = newestPeriods(allFigures, COMPARE_PERIODS)
  const isBilateral = indicator.kind === 'bilateral'
  const nameOf = (slug: string) => partnerNames.get(slug) ?? slug
  const countryOrder = new Map(countries.map((country, index) => [country.slug!, index]))
  const withData = new Set(allFigures.map((figure) => figure.country))
  const without = countries.filter((country) => !withData.has(country.slug!))
  const id = `indicator-${indicator.slug}`

  const rows: Row[] = []
  const seen = new Set<string>()
  const sortedAllFigures = [...allFigures].sort(
    (a, b) =>
      countryOrder.get(a.country)! - countryOrder.get(b.country)! ||
      (a.partner ? nameOf(a.partner) : '').localeCompare(b.partner ? nameOf(b.partner) : '') ||
      (a.subject ?? '').localeCompare(b.subject ?? '') ||
      byPeriod(a, b),
  )
  const drawn = new Set(figures)
  const sortedFigures = sortedAllFigures.filter((figure) => drawn.has(figure))
  for (const country of countries) {
    const own = sortedAllFigures.filter((figure) => figure.country === country.slug)
    if (!own.length && !isBilateral) {
      rows.push({
        country: country.slug!,
        key: rowKey({ country: country.slug!, partner: null, subject: null }),
        partner: null,
        subject: null,
      })
    }
    for (const figure of own) {
      if (!seen.has(rowKey(figure))) {
        seen.add(rowKey(figure))
        rows.push({ country: figure.country, key: rowKey(figure), partner: figure.partner, subject: figure.subject })
      }
    }
  }
  const rowLabel = (row: Pick<Row, 'country' | 'partner' | 'subject'>) =>
    `${nameOf(row.country)}${row.partner ? ` × ${nameOf(row.partner)}` : ''}${row.subject ? ` (${row.subject})` : ''}`
  const rowByKey = new Map(rows.map((row) => [row.key, row]))
  const alignment = expanded
    ? alignByPeriod({ points: sortedAllFigures, rowOf: (figure) => rowByKey.get(rowKey(figure))!, rows })
    : null
  const newest = rows.map((row) => ({
    figure: pickShown(sortedAllFigures.filter((figure) => rowKey(figure) === row.key)),
    row,
  }))

  const lines = rows
    .map((row, index) => ({
      colour: seriesColour(index),
      key: row.key,
      label: rowLabel(row),
      points: sortedFigures.filter((figure) => rowKey(figure) === row.key && figure.periodMid !== null),
    }))
    .filter((line) => line.points.length)
  const charts = [...groupByUnit(lines.flatMap((line) => line.points)).keys()].map((unit) => {
    const unitLines = lines
      .map((line) => ({ ...line, points: line.points.filter((figure) => figure.unit === unit) }))
      .filter((line) => line.points.length)
    return {
      lines: unitLines,
      scale: sharedScale({
        scales: [indicator.scale],
        values: unitLines.flatMap((line) => line.points.map((p) => p.value)),
      }),
      plotted: alignByPeriod({
        points: unitLines.flatMap((line) => line.points),
        rowOf: (figure) => unitLines.find((line) => line.key === rowKey(figure))!,
        rows: unitLines,
      }),
      unit,
    }
  })
  const undatedCount = figures.filter((figure) => figure.periodMid === null).length
  const matrix = isBilateral
    ? bilateralMatrix({
        partnerOrder: (a, b) => nameOf(a).localeCompare(nameOf(b)),
        points: sortedAllFigures,
        reporters: countries.map((country) => country.slug!),
      })
    : null

  return (
    <section aria-labelledby={`${id}-heading`} className="compare-indicator">
      <header className="compare-indicator__head">
        <h2 id={`${id}-heading`}>
          <Link href={`/indicators/${indicator.slug}`}>{indicator.name}</Link>
        </h2>
        <p className="muted">
          {indicator.unit} · {isBilateral ? 'bilateral: reporting country × partner' : 'country'} ·{' '}
          {indicator.description}
        </p>
      </header>
      {without.length ? (
        <p className="compare-indicator__missing">
          No data for {formatList(without.map((country) => country.name))} on this indicator.
        </p>
      ) : null}
      {omittedPeriods ? (
        <p className="muted compare-indicator__window">
          The chart draws the {COMPARE_PERIODS} newest periods; {omittedPeriods} older{' '}
          {omittedPeriods === 1 ? 'period is' : 'periods are'} in the{' '}
          {expanded ? <a href={`#${id}-periods`}>table by period</a> : <a href={expandedHref}>table by period</a>} and
          the <a href={downloadHref}>CSV download</a>.
        </p>
      ) : null}
      {figures.length === 0 && coveredElsewhere.length ? (
        <p className="compare-indicator__elsewhere">
          Published for:{' '}
          {coveredElsewhere.map((slug, index) => (
            <React.Fragment key={slug}>
              {index > 0 ? ', ' : ''}
              <Link href={hrefWith(slug)}>add {nameOf(slug)}</Link>
            </React.Fragment>
          ))}
          .
        </p>
      ) : null}
      {figures.length === 0 ? null : (
        <>
          {charts.map((chart) => (
            <ChartFigure
              dataTable={
                <>
                  <p className="compare-plotted__note">
                    Sources are in the <a href={`#${id}-newest`}>newest figures</a> below and, for every period, in the{' '}
                    <a href={`${expandedHref}#${id}-periods`}>table by period</a>.
                  </p>
                  <div className="data-table-wrap">
                    <table className="data-table compare-plotted">
                      <caption>
                        {indicator.name} in {chart.unit}: the dated figures drawn in the chart.
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{isBilateral ? 'Country × partner' : 'Country'}</th>
                          {chart.plotted.columns.map((column) => (
                            <th key={column.key} scope="col">
                              {column.label}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {chart.plotted.rows.map(({ cells, row }) => (
                          <tr key={row.key}>
                            <th scope="row">{row.label}</th>
                            {cells.map((cell, index) => (
                              <td className="num" key={chart.plotted.columns[index].key}>
                                {cell.length ? (
                                  cell.map((figure) => pointToFigureText(figure, indicator)).join('; ')
                                ) : (
                                  <EmptyCell>
                                    No data for {row.label} in {chart.plotted.columns[index].label}
                                  </EmptyCell>
                                )}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              }
              id={`${id}-${textToSlug(chart.unit)}`}
              key={chart.unit}
              notes={
                <p>
                  Dots sit in the middle of their period; a faint bar spans periods longer than a month; hollow dots are
                  targets or bounds.
                  {undatedCount
                    ? ` ${undatedCount} undated figure${undatedCount === 1 ? ' is' : 's are'} in the tables only.`
                    : ''}
                </p>
              }
              subtitle={`${chart.unit} · ${chart.lines.length} series`}
              title={`${indicator.name} over time`}
            >
              <TimeChart
                labelledBy={`${id}-${textToSlug(chart.unit)}-title`}
                scale={chart.scale}
                series={chart.lines}
                unit={chart.unit}
              />
            </ChartFigure>
          ))}
          {matrix && matrix.partners.length ? (
            <div className="data-table-wrap compare-matrix">
              <table className="data-table">
                <caption>
                  {indicator.name}: newest published figure for each reporting country (rows) and partner (columns).
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Reporter \ partner</th>
                    {matrix.partners.map((partner) => (
                      <th key={partner} scope="col">
                        {nameOf(partner)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {matrix.reporters.map((reporter) => (
                    <tr key={reporter}>
                      <th scope="row">{nameOf(reporter)}</th>
                      {matrix.partners.map((partner) => {
                        const cell = matrix.cells.get(matrixKey(reporter, partner))
                        return (
                          <td key={partner}>
                            {cell ? (
                              <>
                                <FigureCell figure={cell.shown} indicator={indicator} />
                                <span className="cell-figure__period">{cell.shown.periodLabel}</span>
                              </>
                            ) : (
                              <EmptyCell>
                                No data for {nameOf(reporter)} with {nameOf(partner)}
                              </EmptyCell>
                            )}
                          </td>
                        )
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <div className="data-table-wrap compare-newest" id={`${id}-newest`}>
            <table className="data-table">
              <caption>
                {indicator.name}: the newest published figure{' '}
                {isBilateral ? 'for each country pair' : 'for each country'}, with its period, qualifier and source.
              </caption>
              <thead>
                <tr>
                  <th scope="col">{isBilateral ? 'Country × partner' : 'Country'}</th>
                  <th scope="col">Value</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Period</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {newest.map(({ figure, row }) => (
                  <tr key={row.key}>
                    <th scope="row">{rowLabel(row)}</th>
                    {figure ? (
                      <>
                        <td className="num">
                          <FigureValue figure={figure} indicator={indicator} />
                        </td>
                        <td>{figure.unit}</td>
                        <td>{figure.periodLabel}</td>
                        <td className="source">
                          <ObservationSource source={figure.source} />
                        </td>
                      </>
                    ) : (
                      <td colSpan={4}>
                        <span className="cell-empty">No published figure</span>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {alignment ? (
            <div className="data-table-wrap compare-table" id={`${id}-periods`}>
              <table className="data-table">
                <caption>
                  {indicator.name} by period, every published figure{isBilateral ? ' by country pair' : ' by country'}.{' '}
                  <a href={`${overviewHref}#${id}-heading`}>Back to the newest figures</a>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{isBilateral ? 'Country × partner' : 'Country'}</th>
                    {alignment.columns.map((column) => (
                      <th key={column.key} scope="col">
                        {column.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {alignment.rows.map(({ cells, row }) => (
                    <tr key={row.key}>
                      <th scope="row">{rowLabel(row)}</th>
                      {cells.map((cell, index) => (
                        <td key={alignment.columns[index].key}>
                          {cell.length ? (
                            cell.map((figure) => <FigureCell figure={figure} indicator={indicator} key={figure.id} />)
                          ) : (
                            <EmptyCell>
                              No data for {rowLabel(row)} in {alignment.columns[index].label}
                            </EmptyCell>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="compare-indicator__more">
              <a href={`${expandedHref}#${id}-periods`}>
                Every period of {indicator.name}, with qualifiers and sources
              </a>
            </p>
          )}
        </>
      )}
    </section>
  )
}
