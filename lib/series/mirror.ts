import type { SeriesPoint } from './points'

type NameOf = (slug: string) => string

/**
 * Mirror figures: a bilateral flow reported by both sides (A's exports to B, B's imports from A).
 * The mirror of A's figure with partner B is B's figure with partner A for the same period and
 * subject — in the same indicator, or in the indicator's `mirrorIndicator` when it has one.
 */
export type MirrorPair<P extends SeriesPoint = SeriesPoint> = {
  /** The report of the country first by name, and the other side's. */
  first: P
  /** first.value − second.value; null when the two are in different units. */
  gap: null | number
  /** The gap as a percentage of the mean of the two reports; null when not comparable. */
  gapPercent: null | number
  periodKey: string
  second: P
}

const pairPeriodKey = (point: Pick<SeriesPoint, 'country' | 'partner' | 'periodKey' | 'subject'>) =>
  [point.country, point.partner ?? '-', point.periodKey, point.subject ?? '-'].join('|')

/** A − B absolute and as a percentage of their mean (symmetric: neither side is taken as the truth). */
export const mirrorGap = (a: Pick<SeriesPoint, 'unit' | 'value'>, b: Pick<SeriesPoint, 'unit' | 'value'>) => {
  if (a.unit !== b.unit) {
    return { gap: null, gapPercent: null }
  }
  const gap = a.value - b.value
  const mean = (a.value + b.value) / 2
  return { gap, gapPercent: mean === 0 ? null : (gap / Math.abs(mean)) * 100 }
}

/**
 * Every pair of reports of the same flow: each figure of `points` with its mirror in
 * `mirrorPoints` (the same list for an indicator without an explicit mirror). Each pair once,
 * ordered by the first country's name, then the partner's, then period.
 */
export const pairMirrorFigures = <P extends SeriesPoint>({
  mirrorPoints,
  nameOf = (slug) => slug,
  points,
}: {
  mirrorPoints: P[]
  nameOf?: NameOf
  points: P[]
}): MirrorPair<P>[] => {
  const isSameIndicator = mirrorPoints === points
  const mirrors = new Map(mirrorPoints.filter((point) => point.partner).map((point) => [pairPeriodKey(point), point]))
  const pairs: MirrorPair<P>[] = []
  for (const point of points) {
    if (!point.partner) {
      continue
    }
    const mirror = mirrors.get(pairPeriodKey({ ...point, country: point.partner, partner: point.country }))
    if (!mirror) {
      continue
    }
    const isFirst = nameOf(point.country).localeCompare(nameOf(mirror.country)) <= 0
    if (isSameIndicator && !isFirst) {
      continue
    }
    const [first, second] = isFirst || !isSameIndicator ? [point, mirror] : [mirror, point]
    pairs.push({ first, ...mirrorGap(first, second), periodKey: point.periodKey, second })
  }
  return pairs.sort(
    (a, b) =>
      nameOf(a.first.country).localeCompare(nameOf(b.first.country)) ||
      nameOf(a.second.country).localeCompare(nameOf(b.second.country)) ||
      (a.first.periodEnd ?? '').localeCompare(b.first.periodEnd ?? ''),
  )
}

/** Which side's reports a chart draws for one pair of countries, and why. */
export type ReporterChoice = {
  /** Published periods of each side for this pair. */
  counts: Record<string, number>
  other: string
  reason: 'more-periods' | 'tie-alphabetical'
  reporter: string
}

const pairOf = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

/**
 * For each pair of countries that both report the same flow in one indicator, the reporter a
 * chart uses for the whole series (never mixing reporters year by year): the one with more
 * published periods for the pair; on a tie, the first country by name.
 */
export const chooseReporters = <P extends SeriesPoint>({
  nameOf = (slug) => slug,
  points,
}: {
  nameOf?: NameOf
  points: P[]
}): Map<string, ReporterChoice> => {
  const periods = new Map<string, Map<string, Set<string>>>()
  for (const point of points) {
    if (!point.partner) {
      continue
    }
    const pair = pairOf(point.country, point.partner)
    const byReporter = periods.get(pair) ?? new Map<string, Set<string>>()
    byReporter.set(point.country, (byReporter.get(point.country) ?? new Set()).add(point.periodKey))
    periods.set(pair, byReporter)
  }
  const choices = new Map<string, ReporterChoice>()
  for (const [pair, byReporter] of periods) {
    if (byReporter.size < 2) {
      continue
    }
    const [a, b] = [...byReporter.keys()].sort((x, y) => nameOf(x).localeCompare(nameOf(y)))
    const countA = byReporter.get(a)!.size
    const countB = byReporter.get(b)!.size
    const reporter = countB > countA ? b : a
    choices.set(pair, {
      counts: { [a]: countA, [b]: countB },
      other: reporter === a ? b : a,
      reason: countA === countB ? 'tie-alphabetical' : 'more-periods',
      reporter,
    })
  }
  return choices
}

/** Whether a chart draws this figure: country-level figures always, a pair's only from its chosen reporter. */
export const isChartedReport = (
  point: Pick<SeriesPoint, 'country' | 'partner'>,
  choices: Map<string, ReporterChoice>,
): boolean => {
  if (!point.partner) {
    return true
  }
  const choice = choices.get(pairOf(point.country, point.partner))
  return !choice || choice.reporter === point.country
}

/** "Kazakhstan × Uzbekistan: Kazakhstan's reports (3 periods against 2)." */
export const reporterChoiceToText = (choice: ReporterChoice, nameOf: NameOf = (slug) => slug): string => {
  const why =
    choice.reason === 'more-periods'
      ? `${choice.counts[choice.reporter]} periods against ${choice.counts[choice.other]}`
      : `both report ${choice.counts[choice.reporter]} period${choice.counts[choice.reporter] === 1 ? '' : 's'}; first by name`
  return `${nameOf(choice.reporter)} × ${nameOf(choice.other)}: ${nameOf(choice.reporter)}’s reports (${why}).`
}
