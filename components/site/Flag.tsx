import React from 'react'

import type { Country, Media } from '@/payload-types'

/** The country's flag, decorative (the name is always printed beside it). */
export const Flag = ({ country }: { country: Pick<Country, 'flag' | 'name'> }) => {
  const flag = country.flag as Media | null | number | undefined
  if (!flag || typeof flag !== 'object' || !flag.url) {
    return null
  }
  // eslint-disable-next-line @next/next/no-img-element -- flags are tiny SVGs; next/image adds nothing
  return <img alt="" className="flag" height={24} src={flag.url} width={32} />
}
