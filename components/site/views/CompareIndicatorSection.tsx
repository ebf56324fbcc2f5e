import type { SeriesPoint } from '@/lib/series/points'
import Link from 'next/link'
import React from 'react'

import type { CompareCountry, CompareIndicator } from '@/lib/queries/compare'

import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { seriesColour } from '@/components/site/charts/palette'
import { TimeChart } from '@/components/site/charts/TimeChart'
import { EmbedCode } from '@/components/site/EmbedCode'
import { formatList } from '@/lib/format'
import { COMPARE_PERIODS, figuresToCompareSection } from '@/lib/series/compareSection'
import { textToSlug } from '@/lib/slugify'

import { CompareMatrixTable, CompareNewestTable, ComparePeriodsTable, ComparePlottedTable } from './CompareTables'
import { compareTableEmbedPath } from './compareTableEmbed'
import { MirrorTable } from './MirrorTable'

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
  figures: SeriesPoint[]
  indicator: CompareIndicator
  /** The figures of the indicator's explicit mirror indicator, when it is in the comparison too. */
  mirror?: { figures: SeriesPoint[]; name: string }
  partnerNames: Map<string, string>
}

/**
 * One indicator of a comparison: chart over time, reporter × partner matrix and the newest figure
 * per series; in the detail view (`expanded`) also every figure by period. The default view stays
 * light: each figure's source link is rendered once, in the newest-figures table, not per period.
 * What to show is worked out in `figuresToCompareSection`; this draws it.
 */
export const CompareIndicatorSection = ({
  countries,
  coveredElsewhere,
  downloadHref,
  expanded,
  expandedHref,
  figures,
  hrefWith,
  indicator,
  mirror,
  overviewHref,
  partnerNames,
}: Props) => {
  const nameOf = (slug: string) => partnerNames.get(slug) ?? slug
  const section = figuresToCompareSection({
    countries,
    figures,
    indicator,
    isExpanded: expanded,
    mirrorFigures: mirror?.figures,
    nameOf,
  })
  const { isBilateral, omittedPeriods, undatedCount } = section
  const id = `indicator-${indicator.slug}`
  // The chart images and embeds choose the same countries, indicators and date as the CSV download.
  const chartAddress = { page: '/compare', search: downloadHref.slice(downloadHref.indexOf('?')) }

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
      {section.countriesWithout.length ? (
        <p className="compare-indicator__missing">
          No data for {formatList(section.countriesWithout.map((country) => country.name))} on this indicator.
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
      {!section.hasFigures && coveredElsewhere.length ? (
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
      {!section.hasFigures ? null : (
        <>
          {section.charts.map((chart) => (
            <ChartFigure
              address={downloadHref.includes('?') ? chartAddress : undefined}
              dataTable={
                <>
                  <p className="compare-plotted__note">
                    Sources are in the <a href={`#${id}-newest`}>newest figures</a> below and, for every period, in the{' '}
                    <a href={`${expandedHref}#${id}-periods`}>table by period</a>.
                  </p>
                  <ComparePlottedTable
                    indicator={indicator}
                    isBilateral={isBilateral}
                    plotted={chart.plotted}
                    unit={chart.unit}
                  />
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
                series={chart.lines.map((line) => ({ ...line, colour: seriesColour(line.index) }))}
                unit={chart.unit}
              />
            </ChartFigure>
          ))}
          {section.matrix && section.matrix.partners.length ? (
            <CompareMatrixTable indicator={indicator} matrix={section.matrix} nameOf={nameOf} />
          ) : null}
          <MirrorTable
            choices={section.reporterChoices}
            id={`${id}-mirrors`}
            indicator={indicator}
            mirrorIndicatorName={mirror?.name}
            nameOf={nameOf}
            pairs={section.mirrors}
          />
          <CompareNewestTable
            id={`${id}-newest`}
            indicator={indicator}
            isBilateral={isBilateral}
            newest={section.newest}
          />
          {downloadHref.includes('?') && indicator.slug ? (
            <EmbedCode
              embedPath={compareTableEmbedPath(indicator.slug, chartAddress.search)}
              id={`${id}-newest`}
              summary="Embed this table"
              title={`${indicator.name}: newest figures`}
            />
          ) : null}
          {section.byPeriod ? (
            <ComparePeriodsTable
              alignment={section.byPeriod}
              backHref={`${overviewHref}#${id}-heading`}
              id={`${id}-periods`}
              indicator={indicator}
              isBilateral={isBilateral}
            />
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
