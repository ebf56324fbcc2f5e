import Link from 'next/link'
import React from 'react'

import type { Country } from '@/payload-types'

import { Flag } from './Flag'

/** Countries as a row of flag-and-name links, e.g. the countries of an analysis or an author's focus. */
export const CountryTags = ({ countries }: { countries: Pick<Country, 'flag' | 'id' | 'name' | 'slug'>[] }) => (
  <ul className="country-tags">
    {countries.map((country) => (
      <li key={country.id}>
        <Link href={`/countries/${country.slug}`}>
          <Flag country={country} />
          {country.name}
        </Link>
      </li>
    ))}
  </ul>
)
