import Link from 'next/link'
import React from 'react'

import type { Country } from '@/payload-types'

import { Flag } from './Flag'

/** A country as a card link: flag, name, and its capital (or what kind of entry it is). */
export const CountryChip = ({ country }: { country: Country }) => (
  <li>
    <Link className="country-chip" href={`/countries/${country.slug}`}>
      <Flag country={country} />
      <span>
        <strong>{country.name}</strong>
        <span>{country.capital ?? (country.kind === 'aggregate' ? 'Regional aggregate' : '')}</span>
      </span>
    </Link>
  </li>
)
