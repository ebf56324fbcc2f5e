import type { Metadata } from 'next'

import React from 'react'

import { CountryChip } from '@/components/site/CountryChip'
import { COUNTRY_REGIONS } from '@/lib/countries/options'
import { getCountries } from '@/lib/queries/countries'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Countries' }

const CountriesPage = async () => {
  const countries = await getCountries()
  return (
    <div className="index-page">
      <p className="eyebrow">Country profiles</p>
      <h1>Countries</h1>
      {COUNTRY_REGIONS.map((region) => {
        const inRegion = countries.filter((country) => country.region === region.value)
        if (!inRegion.length) {
          return null
        }
        return (
          <section aria-labelledby={`region-${region.value}`} className="region-block" key={region.value}>
            <div className="section-title">
              <h2 id={`region-${region.value}`}>{region.label}</h2>
            </div>
            <ul className="country-grid">
              {inRegion.map((country) => (
                <CountryChip country={country} key={country.id} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

export default CountriesPage
