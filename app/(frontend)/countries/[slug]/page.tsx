import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { CountryProfileView } from '@/components/site/views/CountryProfileView'
import { getCountryBySlug } from '@/lib/queries/countries'
import { getCountryProfile } from '@/lib/queries/countryProfile'

import '@/components/site/views/views.css'

export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const country = await getCountryBySlug((await params).slug)
  return country
    ? { description: `Analysis, figures and events on ${country.name}.`, title: country.name }
    : { title: 'Country not found' }
}

const CountryPage = async ({ params }: Props) => {
  const profile = await getCountryProfile((await params).slug)
  if (!profile) {
    notFound()
  }
  return <CountryProfileView profile={profile} />
}

export default CountryPage
