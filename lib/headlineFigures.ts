import type { Country, Indicator, Observation } from '@/payload-types'

type Id = number | string

const idOf = (value: Country | Id | null | undefined): Id | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

/**
 * Up to `limit` figures to headline a country: figures where it is the subject before those where it
 * is only the partner, measured values before targets, newest period first, undated last, one
 * figure per indicator.
 */
export const observationsToHeadlineFigures = ({
  countryId,
  limit = 3,
  observations,
}: {
  countryId: Id
  limit?: number
  observations: Observation[]
}): Observation[] => {
  const involved = observations.filter(
    (observation) =>
      typeof observation.indicator === 'object' &&
      observation.indicator !== null &&
      (String(idOf(observation.country)) === String(countryId) ||
        String(idOf(observation.partner)) === String(countryId)),
  )
  const rank = (observation: Observation) =>
    (String(idOf(observation.country)) === String(countryId) ? 0 : 2) + (observation.qualifier === 'target' ? 1 : 0)
  const periodEnd = (observation: Observation) => observation.period?.end ?? ''
  const sorted = [...involved].sort(
    (a, b) => rank(a) - rank(b) || periodEnd(b).localeCompare(periodEnd(a)) || String(a.id).localeCompare(String(b.id)),
  )
  const seenIndicators = new Set<string>()
  const chosen: Observation[] = []
  for (const observation of sorted) {
    const indicatorId = String((observation.indicator as Indicator).id)
    if (seenIndicators.has(indicatorId)) {
      continue
    }
    seenIndicators.add(indicatorId)
    chosen.push(observation)
    if (chosen.length === limit) {
      break
    }
  }
  return chosen
}
