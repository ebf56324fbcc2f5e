'use client'

import React, { useEffect, useState } from 'react'

import styles from './import.module.css'

type Option = { label: string; value: string }

const loadOptions = async (
  collection: string,
  toOption: (doc: Record<string, string>) => Option,
): Promise<Option[]> => {
  const response = await fetch(`/api/${collection}?depth=0&draft=true&limit=500&sort=name`, { credentials: 'include' })
  if (!response.ok) {
    return []
  }
  const body = (await response.json()) as { docs: Record<string, string>[] }
  return body.docs.map(toOption)
}

/** Filter form whose two links download observations as CSV or XLSX in the import's own columns. */
export const ObservationExport = () => {
  const [indicators, setIndicators] = useState<Option[]>([])
  const [countries, setCountries] = useState<Option[]>([])
  const [filter, setFilter] = useState({ country: '', from: '', indicator: '', to: '' })

  useEffect(() => {
    void loadOptions('indicators', (doc) => ({ label: doc.name, value: doc.slug })).then(setIndicators)
    void loadOptions('countries', (doc) => ({ label: `${doc.name} (${doc.iso3})`, value: doc.iso3 })).then(setCountries)
  }, [])

  const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ''))
  const href = (format: 'csv' | 'xlsx') =>
    `/api/export/observations?${new URLSearchParams([...query, ['format', format]])}`

  return (
    <section className={styles.section} aria-label="Export">
      <h2>Export</h2>
      <p className={styles.hint}>
        The same columns the import reads: edit the file and import it again to change values in bulk.
      </p>
      <div className={styles.grid}>
        <label>
          Indicator
          <select
            onChange={(event) => setFilter({ ...filter, indicator: event.target.value })}
            value={filter.indicator}
          >
            <option value="">All indicators</option>
            {indicators.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country or partner
          <select onChange={(event) => setFilter({ ...filter, country: event.target.value })} value={filter.country}>
            <option value="">All countries</option>
            {countries.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          From year
          <input
            inputMode="numeric"
            onChange={(event) => setFilter({ ...filter, from: event.target.value })}
            placeholder="e.g. 2020"
            value={filter.from}
          />
        </label>
        <label className={styles.field}>
          To year
          <input
            inputMode="numeric"
            onChange={(event) => setFilter({ ...filter, to: event.target.value })}
            placeholder="e.g. 2025"
            value={filter.to}
          />
        </label>
      </div>
      <div className={styles.actions}>
        <a className="btn btn--style-secondary btn--size-small" download href={href('csv')}>
          Download CSV
        </a>
        <a className="btn btn--style-secondary btn--size-small" download href={href('xlsx')}>
          Download XLSX
        </a>
      </div>
    </section>
  )
}
