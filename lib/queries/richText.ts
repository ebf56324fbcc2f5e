import type { Country, Indicator, Media, Observation } from '@/payload-types'
import type { ResolvedReferences } from '@/lib/richText/RichText'

import { formatValue, qualifierText } from '@/lib/format'
import { getPayloadClient } from '@/lib/payload'
import { asReader } from '@/lib/queries/reader'
import { richTextReferences } from '@/lib/richText/references'

/** "$3.0 bn", "at least $1.0 bn": an observation's value as a sentence would carry it. */
export const observationToFigureText = (observation: Observation): string => {
  const indicator = observation.indicator as Indicator
  const value = formatValue({
    decimals: indicator?.decimals,
    scale: indicator?.scale,
    unit: observation.unit ?? indicator?.unit,
    value: observation.value,
    valueMax: observation.valueMax,
  })
  const qualifier = qualifierText(observation.qualifier)
  return qualifier ? `${qualifier} ${value}` : value
}

/**
 * Looks up, as an anonymous reader, everything the given rich-text documents point at, so drafts
 * and unpublished changes never leak into a page through a mention or a live figure.
 */
export const resolveRichTextReferences = async (...docs: unknown[]): Promise<ResolvedReferences> => {
  const ids = { countries: new Set<string>(), media: new Set<string>(), observations: new Set<string>() }
  for (const doc of docs) {
    const references = richTextReferences(doc)
    references.countries.forEach((id) => ids.countries.add(id))
    references.media.forEach((id) => ids.media.add(id))
    references.observations.forEach((id) => ids.observations.add(id))
  }
  const payload = await getPayloadClient()
  const find = <T>(collection: 'countries' | 'media' | 'observations', wanted: Set<string>, depth: number) =>
    wanted.size === 0
      ? Promise.resolve([] as T[])
      : payload
          .find({ ...asReader, collection, depth, limit: wanted.size, where: { id: { in: [...wanted] } } })
          .then(({ docs }) => docs as T[])
  const [countries, media, observations] = await Promise.all([
    find<Country>('countries', ids.countries, 0),
    find<Media>('media', ids.media, 0),
    find<Observation>('observations', ids.observations, 1),
  ])
  return {
    countries: new Map(
      countries.map((country) => [String(country.id), { name: country.name, slug: country.slug ?? null }]),
    ),
    figures: new Map(
      observations.map((observation) => {
        const indicator = observation.indicator as Indicator
        const country = observation.country as Country
        const partner = observation.partner as Country | null
        return [
          String(observation.id),
          {
            description: `${indicator?.name}, ${country?.name}${partner ? ` × ${partner.name}` : ''}`,
            indicatorSlug: indicator?.slug ?? null,
            period: observation.period?.kind === 'undated' ? null : (observation.periodText ?? null),
            text: observationToFigureText(observation),
          },
        ]
      }),
    ),
    media: new Map(
      media
        .filter((item) => item.url)
        .map((item) => [
          String(item.id),
          {
            alt: item.alt,
            credit: item.credit ?? null,
            height: item.height ?? null,
            url: item.url!,
            width: item.width ?? null,
          },
        ]),
    ),
  }
}
