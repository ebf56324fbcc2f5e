import Link from 'next/link'
import React from 'react'

import type { CompareCountry, CompareIndicator } from '@/lib/queries/compare'
import type { Figure } from '@/lib/queries/figures'

import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { seriesColour } from '@/components/site/charts/palette'
import { TimeChart } from '@/components/site/charts/TimeChart'
import { FigureTable } from '@/components/site/FigureTable'
import { FigureValue } from '@/components/site/FigureValue'
import { ObservationSource } from '@/components/site/ObservationSource'
import { alignByPeriod } from '@/lib/series/align'
import { bilateralMatrix, matrixKey } from '@/lib/series/matrix'
import { byPeriod } from '@/lib/series/points'
import { groupByUnit, sharedScale } from '@/lib/series/scale'
import { formatList } from '@/lib/format'
import { textToSlug } from '@/lib/slugify'
import { newestPeriods } from '@/lib/series/window'

type Props = {
  countries: CompareCountry[]
  /** Countries with figures for this indicator when none of the chosen ones has any. */
  coveredElsewhere: string[]
  /** The address of this comparison with one more country added. */
  hrefWith: (countrySlug: string) => string
  /** The address of this comparison's CSV download, which holds every period. */
  downloadHref: string
  figures: Figure[]
  indicator: CompareIndicator
  partnerNames: Map<string, string>
}

/**
 * How many periods (newest first) a comparison draws and tabulates per indicator: a readable table,
 * and a page whose size does not grow with the years of data (the CSV download has them all).
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

/** One indicator of a comparison: chart over time, reporter × partner matrix, table by period. */
export const CompareIndicatorSection = ({
  countries,
  coveredElsewhere,
  downloadHref,
  figures: allFigures,
  hrefWith,
  indicator,
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
  const sortedFigures = [...figures].sort(
    (a, b) =>
      countryOrder.get(a.country)! - countryOrder.get(b.country)! ||
      (a.partner ? nameOf(a.partner) : '').localeCompare(b.partner ? nameOf(b.partner) : '') ||
      (a.subject ?? '').localeCompare(b.subject ?? '') ||
      byPeriod(a, b),
  )
  for (const country of countries) {
    const own = sortedFigures.filter((figure) => figure.country === country.slug)
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
  const alignment = alignByPeriod({
    points: sortedFigures,
    rowOf: (figure) => rows.find((row) => row.key === rowKey(figure))!,
    rows,
  })

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
      unit,
    }
  })
  const undatedCount = figures.filter((figure) => figure.periodMid === null).length
  const matrix = isBilateral
    ? bilateralMatrix({
        partnerOrder: (a, b) => nameOf(a).localeCompare(nameOf(b)),
        points: sortedFigures,
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
          The {COMPARE_PERIODS} newest periods are shown; {omittedPeriods} older{' '}
          {omittedPeriods === 1 ? 'period is' : 'periods are'} in the <a href={downloadHref}>CSV download</a>.
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
                <FigureTable
                  caption={`${indicator.name} in ${chart.unit}: the dated figures drawn in the chart.`}
                  figures={chart.lines.flatMap((line) => line.points)}
                  indicatorOf={() => indicator}
                  rowHeader={isBilateral ? 'Country × partner' : 'Country'}
                  rowLabel={rowLabel}
                />
              }
              id={`${id}-${textToSlug(chart.unit)}`}
              key={chart.unit}
              notes={
                <p>
                  Dots sit in the middle of their period; a faint bar spans periods longer than a month; hollow dots are
                  targets or bounds.
                  {undatedCount
                    ? ` ${undatedCount} undated figure${undatedCount === 1 ? ' is' : 's are'} in the table only.`
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
                              <span className="cell-empty">
                                <span aria-hidden>—</span>
                                <span className="visually-hidden">
                                  No data for {nameOf(reporter)} with {nameOf(partner)}
                                </span>
                              </span>
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
          <div className="data-table-wrap compare-table">
            <table className="data-table">
              <caption>
                {indicator.name} by period,{' '}
                {omittedPeriods ? `the ${COMPARE_PERIODS} newest periods` : 'every published figure'}
                {isBilateral ? ' by country pair' : ' by country'}.
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
                          <span className="cell-empty">
                            <span aria-hidden>—</span>
                            <span className="visually-hidden">
                              No data for {rowLabel(row)} in {alignment.columns[index].label}
                            </span>
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
