import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'
import React, { Suspense } from 'react'

import type { PickerGroup } from './ComparePicker.client'

import { SaveComparisonButton } from '@/components/site/account/SaveComparisonButton'
import { CiteThis } from '@/components/site/CiteThis'
import { DataDownloadLinks } from '@/components/site/DataDownloads'
import { AsOfBanner } from '@/components/site/views/AsOfBanner'
import { CompareIndicatorSection } from '@/components/site/views/CompareIndicatorSection'
import { COUNTRY_REGIONS } from '@/lib/countries/options'
import { comparisonDatasetTitle, todayUtc } from '@/lib/citation/citation'
import { asOfToQuery, parseAsOf, pathWithAsOf } from '@/lib/figureRevisions/asOf'
import { INDICATOR_CATEGORIES } from '@/lib/indicators/options'
import { getComparison } from '@/lib/queries/compare'
import {
  compareDetailQuery,
  compareSelectionToPath,
  compareSelectionToQuery,
  isCanonicalCompareQuery,
  MAX_COUNTRIES,
  MIN_COUNTRIES,
  parseCompareSelection,
  parseExpandedIndicator,
} from '@/lib/series/compareQuery'
import { absoluteUrl } from '@/lib/siteUrl'

import { ComparePicker } from './ComparePicker.client'

import '@/components/site/views/views.css'
import './compare.css'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = async ({ searchParams }: Props): Promise<Metadata> => {
  const params = await searchParams
  const comparison = await getComparison(parseCompareSelection(params), parseAsOf(params.asOf))
  const names = comparison.countries.map((country) => country.name)
  return {
    description: 'Compare published figures on Central Asia and the South Caucasus side by side, with their sources.',
    title: names.length ? `Compare ${names.join(', ')}` : 'Compare countries',
  }
}

const ComparePage = async ({ searchParams }: Props) => {
  const params = await searchParams
  const selection = parseCompareSelection(params)
  const requestedAsOf = parseAsOf(params.asOf)
  if (!isCanonicalCompareQuery(params)) {
    const expanded = parseExpandedIndicator(params, selection.indicators)
    const pin = asOfToQuery(requestedAsOf)
    const query = expanded ? compareDetailQuery(selection, expanded) : compareSelectionToQuery(selection)
    redirect(`/compare${query}${pin ? `${query ? '&' : '?'}${pin}` : ''}`)
  }
  const comparison = await getComparison(selection, requestedAsOf)
  const { asOf, countries, coveredElsewhere, figures, indicators, notices, options } = comparison
  const shown = {
    countries: countries.map((country) => country.slug!),
    indicators: indicators.map((indicator) => indicator.slug!),
  }
  const query = compareSelectionToQuery(shown)
  /** The download and detail addresses keep the page's date. */
  const pinned = (path: string) => pathWithAsOf(path, asOf)
  const expandedIndicator = parseExpandedIndicator(params, shown.indicators)
  /** An explicit mirror indicator's figures, when the reader chose it too. */
  const mirrorOf = (indicator: (typeof indicators)[number]) => {
    const mirrorId =
      typeof indicator.mirrorIndicator === 'object' ? indicator.mirrorIndicator?.id : indicator.mirrorIndicator
    const mirror = indicators.find((other) => mirrorId !== undefined && mirrorId !== null && other.id === mirrorId)
    return mirror
      ? { figures: figures.filter((figure) => figure.indicator === mirror.slug), name: mirror.name }
      : undefined
  }
  const countryNames = new Map(options.countries.map((country) => [country.slug!, country.name]))

  const countryGroups: PickerGroup[] = COUNTRY_REGIONS.map((region) => ({
    label: region.label,
    options: options.countries
      .filter((country) => country.region === region.value)
      .map((country) => ({ label: country.name, value: country.slug! })),
  })).filter((group) => group.options.length)
  const indicatorGroups: PickerGroup[] = INDICATOR_CATEGORIES.map((category) => ({
    label: category.label,
    options: options.indicators
      .filter((indicator) => indicator.category === category.value)
      .map((indicator) => ({
        hint: indicator.kind === 'bilateral' ? '× partner' : undefined,
        label: indicator.name,
        value: indicator.slug!,
      })),
  })).filter((group) => group.options.length)

  return (
    <div className="data-view compare">
      <header className="index-header">
        <p className="eyebrow">Data</p>
        <h1>Compare countries</h1>
        <p className="dek">
          Choose two to eight countries and up to ten indicators. Every figure keeps its period, qualifier and source;
          where nothing is published, the table says so.
        </p>
      </header>
      <div className="compare-layout">
        <aside aria-label="Choose what to compare" className="compare-layout__picker" id="picker">
          <ComparePicker
            countryGroups={countryGroups}
            indicatorGroups={indicatorGroups}
            selectedCountries={selection.countries}
            selectedIndicators={selection.indicators}
          />
        </aside>
        <div className="compare-layout__results">
          <a className="compare-jump" href="#picker">
            Change countries and indicators ↓
          </a>
          <AsOfBanner asOf={requestedAsOf.kind === 'refused' ? requestedAsOf : asOf} currentHref={`/compare${query}`} />
          {notices.map((notice) => (
            <p className="notice" key={notice} role="status">
              {notice}
            </p>
          ))}
          {countries.length > 0 && countries.length < MIN_COUNTRIES ? (
            <p className="notice" role="status">
              Add at least one more country to compare {countries[0].name} with.
            </p>
          ) : null}
          {countries.length === 0 ? (
            <p className="empty-state">Choose at least two countries to compare.</p>
          ) : indicators.length === 0 ? (
            <p className="empty-state">
              Choose one or more indicators for {countries.map((country) => country.name).join(', ')}.
            </p>
          ) : (
            <>
              <div className="compare-summary">
                <p>
                  <strong>{countries.map((country) => country.name).join(', ')}</strong> on {indicators.length}{' '}
                  {indicators.length === 1 ? 'indicator' : 'indicators'}: {figures.length} published{' '}
                  {figures.length === 1 ? 'figure' : 'figures'}.
                </p>
                <p className="compare-summary__links">
                  <DataDownloadLinks basePath="/compare/data" query={pinned(query)} />
                  <a download href={pinned(`/compare/data.csv${query}&revisions=1`)}>
                    CSV with revisions
                  </a>
                  <Link href={pinned(`/compare${query}`)}>Permalink</Link>
                </p>
                <div className="compare-summary__save">
                  <Suspense fallback={null}>
                    <SaveComparisonButton
                      title={`${countries.map((country) => country.name).join(', ')}: ${indicators
                        .map((indicator) => indicator.name)
                        .join(', ')}`.slice(0, 120)}
                    />
                  </Suspense>
                </div>
              </div>
              {indicators.map((indicator) => (
                <CompareIndicatorSection
                  countries={countries}
                  coveredElsewhere={
                    countries.length < MAX_COUNTRIES ? (coveredElsewhere.get(indicator.slug!) ?? []) : []
                  }
                  downloadHref={pinned(`/compare/data.csv${query}`)}
                  expanded={indicator.slug === expandedIndicator}
                  expandedHref={pinned(`/compare${compareDetailQuery(shown, indicator.slug!)}`)}
                  figures={figures.filter((figure) => figure.indicator === indicator.slug)}
                  hrefWith={(slug) =>
                    compareSelectionToPath({ countries: [...shown.countries, slug], indicators: shown.indicators })
                  }
                  indicator={indicator}
                  key={indicator.slug}
                  mirror={mirrorOf(indicator)}
                  overviewHref={pinned(`/compare${query}`)}
                  partnerNames={countryNames}
                />
              ))}
              <CiteThis
                subject={{
                  accessedOn: todayUtc(),
                  asOf: asOf.kind === 'pinned' ? asOf.date : null,
                  permalink: absoluteUrl(pinned(`/compare${query}`)),
                  title: comparisonDatasetTitle({ countries, indicators }),
                }}
              />
            </>
          )}
        </div>
      </div>
    </div>
  )
}

export default ComparePage
