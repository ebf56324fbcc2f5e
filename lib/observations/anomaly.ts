/**
 * Scores a figure against the rest of its series (same indicator, countries and subject; other
 * periods; published values), its unit, its indicator's plausible range and, for bilateral
 * indicators, the partner's own report of the same flow (the mirror). Pure functions: the collection
 * hook (collections/Observations/hooks/scoreObservation.ts) and the import's dry run gather the
 * series and call them, and the workflow refuses to publish a flagged figure without a reason.
 */

export const ANOMALY_CODES = ['jump', 'scaleSlip', 'unit', 'range', 'mirrorGap'] as const

export type AnomalyCode = (typeof ANOMALY_CODES)[number]

export const ANOMALY_LABELS: Record<AnomalyCode, string> = {
  jump: 'Large change',
  mirrorGap: 'Far from partner’s report',
  range: 'Outside plausible range',
  scaleSlip: 'Likely scale slip',
  unit: 'Unit unlike the series',
}

export type AnomalyDetails = {
  max?: null | number
  min?: null | number
  new?: number
  old?: number
  /** Change or gap in percent. */
  percent?: number
  ratio?: number
  seriesUnit?: string
  threshold?: number
  unit?: string
}

export type AnomalyFlag = { code: AnomalyCode; details: AnomalyDetails; message: string; score: number }

export type AnomalyResult = { flags: AnomalyFlag[]; isFlagged: boolean; score: number }

/** What an indicator says about its figures; empty values fall back to `DEFAULT_ANOMALY_THRESHOLDS`. */
export type AnomalyThresholds = {
  /** Change against the previous period, in percent, beyond which a figure is flagged. */
  changePercent?: null | number
  max?: null | number
  /** Gap to the partner's report, in percent of the partner's value, beyond which it is flagged. */
  mirrorGapPercent?: null | number
  min?: null | number
}

export const DEFAULT_ANOMALY_THRESHOLDS = { changePercent: 300, mirrorGapPercent: 50 } as const

/** A published figure of the same series: `periodEnd` in ms since 1970, null when undated. */
export type SeriesFigure = { periodEnd: null | number; unit: string; value: number }

export type ScoredFigure = { periodEnd: null | number; unit: string; value: number }

/** How close (in powers of ten) a ratio must be to 10³ or 10⁶ to read as a slipped scale. */
const SCALE_TOLERANCE = Math.log10(2)
const SCALE_POWERS = [3, 6]

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

const formatNumber = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 6 })

/** The ratio `value / neighbour` as 10ⁿ (n = ±3 or ±6) when it is within a factor 2 of one, else null. */
export const scaleSlipPower = (value: number, neighbour: number): null | number => {
  if (value === 0 || neighbour === 0 || Math.sign(value) !== Math.sign(neighbour)) {
    return null
  }
  const power = Math.log10(value / neighbour)
  const near = SCALE_POWERS.flatMap((p) => [p, -p]).find((p) => Math.abs(power - p) <= SCALE_TOLERANCE)
  return near ?? null
}

/** The neighbours of a dated figure: the nearest published periods before and after it. */
export const neighboursOf = (
  figure: ScoredFigure,
  series: SeriesFigure[],
): { next: null | SeriesFigure; previous: null | SeriesFigure } => {
  if (figure.periodEnd === null) {
    return { next: null, previous: null }
  }
  let previous: null | SeriesFigure = null
  let next: null | SeriesFigure = null
  for (const point of series) {
    if (point.periodEnd === null || point.periodEnd === figure.periodEnd) {
      continue
    }
    if (point.periodEnd < figure.periodEnd && (!previous || point.periodEnd > previous.periodEnd!)) {
      previous = point
    }
    if (point.periodEnd > figure.periodEnd && (!next || point.periodEnd < next.periodEnd!)) {
      next = point
    }
  }
  return { next, previous }
}

/** The unit most figures of the series use, or null for an empty series. */
export const seriesUnitOf = (series: SeriesFigure[]): null | string => {
  const counts = new Map<string, number>()
  for (const point of series) {
    counts.set(point.unit, (counts.get(point.unit) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

const scaleSlipFlag = (figure: ScoredFigure, neighbour: SeriesFigure): AnomalyFlag | null => {
  const power = scaleSlipPower(figure.value, neighbour.value)
  if (power === null) {
    return null
  }
  const ratio = figure.value / neighbour.value
  const factor = power > 0 ? `×${formatNumber(10 ** power)}` : `÷${formatNumber(10 ** -power)}`
  return {
    code: 'scaleSlip',
    details: { new: figure.value, old: neighbour.value, ratio: round(ratio, 6) },
    message: `${formatNumber(figure.value)} is about ${factor} the neighbouring period's ${formatNumber(neighbour.value)}: check thousands/millions.`,
    score: 90,
  }
}

const jumpFlag = (figure: ScoredFigure, previous: SeriesFigure, threshold: number): AnomalyFlag | null => {
  if (previous.value === 0) {
    return null
  }
  const percent = ((figure.value - previous.value) / Math.abs(previous.value)) * 100
  if (Math.abs(percent) <= threshold) {
    return null
  }
  return {
    code: 'jump',
    details: { new: figure.value, old: previous.value, percent: round(percent, 1), threshold },
    message: `${formatNumber(previous.value)} → ${formatNumber(figure.value)} against the previous period (${percent > 0 ? '+' : ''}${round(percent, 1)} %, threshold ${threshold} %).`,
    score: Math.min(80, 40 + Math.round((Math.abs(percent) / threshold) * 10)),
  }
}

/**
 * Scores one figure. `series` holds the other published figures of its series (the figure's own
 * published version excluded), `mirror` the partner's report of the same indicator and period.
 */
export const scoreFigure = ({
  figure,
  mirror = null,
  series,
  thresholds = {},
}: {
  figure: ScoredFigure
  mirror?: null | SeriesFigure
  series: SeriesFigure[]
  thresholds?: AnomalyThresholds
}): AnomalyResult => {
  const changePercent = thresholds.changePercent ?? DEFAULT_ANOMALY_THRESHOLDS.changePercent
  const mirrorGapPercent = thresholds.mirrorGapPercent ?? DEFAULT_ANOMALY_THRESHOLDS.mirrorGapPercent
  const flags: AnomalyFlag[] = []
  const seriesUnit = seriesUnitOf(series)
  const sameUnit = series.filter((point) => point.unit === figure.unit)

  if (seriesUnit !== null && seriesUnit !== figure.unit) {
    flags.push({
      code: 'unit',
      details: { seriesUnit, unit: figure.unit },
      message: `Given in ${figure.unit}, while the series is in ${seriesUnit}.`,
      score: 70,
    })
  }

  const { next, previous } = neighboursOf(figure, sameUnit)
  const slip = [previous, next]
    .filter((point): point is SeriesFigure => point !== null)
    .map((point) => scaleSlipFlag(figure, point))
    .find((flag) => flag !== null)
  if (slip) {
    flags.push(slip)
  } else if (previous) {
    // A slipped scale is also a large change; one flag says it better.
    const jump = jumpFlag(figure, previous, changePercent)
    if (jump) {
      flags.push(jump)
    }
  }

  const { max, min } = thresholds
  const isBelow = typeof min === 'number' && figure.value < min
  const isAbove = typeof max === 'number' && figure.value > max
  if (isBelow || isAbove) {
    flags.push({
      code: 'range',
      details: { max: max ?? null, min: min ?? null, new: figure.value },
      message: `${formatNumber(figure.value)} is ${isBelow ? `below the plausible minimum ${formatNumber(min!)}` : `above the plausible maximum ${formatNumber(max!)}`} for this indicator.`,
      score: 80,
    })
  }

  if (mirror && mirror.unit === figure.unit && mirror.value !== 0) {
    const percent = (Math.abs(figure.value - mirror.value) / Math.abs(mirror.value)) * 100
    if (percent > mirrorGapPercent) {
      flags.push({
        code: 'mirrorGap',
        details: { new: figure.value, old: mirror.value, percent: round(percent, 1), threshold: mirrorGapPercent },
        message: `The partner reports ${formatNumber(mirror.value)} for the same flow: a gap of ${round(percent, 1)} % (threshold ${mirrorGapPercent} %).`,
        score: Math.min(70, 30 + Math.round((percent / mirrorGapPercent) * 10)),
      })
    }
  }

  const score = flags.reduce((sum, flag) => sum + flag.score, 0)
  return { flags, isFlagged: flags.length > 0, score }
}

/** The anomaly group as stored on an observation. */
export type StoredAnomaly = { flags?: unknown; isFlagged?: boolean | null; score?: null | number }

/** The flags stored on an observation, whatever the database returned. */
export const storedFlagsOf = (anomaly: null | StoredAnomaly | undefined): AnomalyFlag[] =>
  Array.isArray(anomaly?.flags) ? (anomaly.flags as AnomalyFlag[]) : []

/**
 * Why a figure may not be approved or published yet, or null when it may: a flagged figure needs a
 * reason for the change (`changeReason`) from the analyst or the editor.
 */
export const anomalyApprovalRefusal = (doc: {
  anomaly?: null | StoredAnomaly
  changeReason?: null | string
  title?: null | string
}): null | string => {
  const flags = storedFlagsOf(doc.anomaly)
  if (flags.length === 0 || (doc.changeReason ?? '').trim() !== '') {
    return null
  }
  const labels = [...new Set(flags.map((flag) => ANOMALY_LABELS[flag.code] ?? flag.code))].join(', ')
  return `${doc.title ? `“${doc.title}” is` : 'This figure is'} flagged (${labels}): give a “Reason for this change” on the figure before approving it, or request changes.`
}
