/**
 * Periods of observations: a calendar year, a span of dates, or undated (the source gives none).
 * Dates are ISO `YYYY-MM-DD` strings in UTC.
 */
export type Period =
  | { end: string; kind: 'dates'; label?: null | string; start: string }
  | { kind: 'undated'; label?: null | string }
  | { kind: 'year'; label?: null | string; year: number }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const toIsoDate = (value: Date | string): string => {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`not a date: ${String(value)}`)
  }
  return date.toISOString().slice(0, 10)
}

export const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

const pad = (n: number) => String(n).padStart(2, '0')

const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`

const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`

/** First and last day covered by the period, or `null` for undated periods. */
export const periodBounds = (period: Period): null | { end: string; start: string } => {
  if (period.kind === 'undated') {
    return null
  }
  if (period.kind === 'year') {
    return { end: `${period.year}-12-31`, start: `${period.year}-01-01` }
  }
  return { end: period.end, start: period.start }
}

/**
 * Identity of a period for duplicate detection (equal keys mean the same period), written in the
 * notation `parsePeriod` reads back: `2025`, `2025-01-01..2025-08-31`, `undated`. Exports use it.
 */
export const periodToKey = (period: Period): string => {
  if (period.kind === 'undated') {
    return 'undated'
  }
  if (period.kind === 'year') {
    return String(period.year)
  }
  return `${period.start}..${period.end}`
}

/**
 * An observation's `period` group as the collection stores it and imports compare it. Dates are ISO
 * days here; stored documents hold them as midnight UTC timestamps (`periodToTimestamps`).
 */
export type StoredPeriod = {
  end: null | string
  kind: Period['kind']
  label: null | string
  start: null | string
  year: null | number
}

/** A `period` group as a form, a query or an older document may give it: any field may be missing. */
export type StoredPeriodInput = { [Key in keyof StoredPeriod]?: null | StoredPeriod[Key] }

/**
 * The stored group of a period: its bounds as ISO days (a year's are 1 January and 31 December),
 * `year` only for a year. Undated periods have no bounds.
 */
export const periodToStoredPeriod = (period: Period): StoredPeriod => {
  const bounds = periodBounds(period)
  return {
    end: bounds?.end ?? null,
    kind: period.kind,
    label: period.label ?? null,
    start: bounds?.start ?? null,
    year: period.kind === 'year' ? period.year : null,
  }
}

/** An ISO day as the midnight UTC timestamp Payload's date fields store it as. */
export const dayToTimestamp = (day: null | string): null | string => (day ? `${day.slice(0, 10)}T00:00:00.000Z` : null)

/** A stored group with its days as the midnight UTC timestamps Payload's date fields hold. */
export const periodToTimestamps = (stored: StoredPeriod): StoredPeriod => ({
  ...stored,
  end: dayToTimestamp(stored.end),
  start: dayToTimestamp(stored.start),
})

/**
 * The `Period` of a stored group (dates as days or timestamps). A group that does not describe a
 * whole period (a year without its number, dates without both bounds) reads as undated; checking
 * what people enter is `checkPeriod` in lib/observations/rules.ts.
 */
export const storedPeriodToPeriod = (stored: null | StoredPeriodInput | undefined): Period => {
  if (stored?.kind === 'year' && typeof stored.year === 'number') {
    return { kind: 'year', label: stored.label ?? null, year: stored.year }
  }
  if (stored?.kind === 'dates' && stored.start && stored.end) {
    return { end: toIsoDate(stored.end), kind: 'dates', label: stored.label ?? null, start: toIsoDate(stored.start) }
  }
  return { kind: 'undated', label: stored?.label ?? null }
}

const DAY = 86_400_000

/** Midpoints by period: a comparison places thousands of figures on the same few hundred periods. */
const midpoints = new Map<string, string>()

/** The middle day of a span of ISO days, where a chart places a figure of that period. */
export const midpoint = (start: string, end: string): string => {
  const key = `${start}/${end}`
  let mid = midpoints.get(key)
  if (mid === undefined) {
    mid = toIsoDate(new Date((Date.parse(start) + Date.parse(end) + DAY) / 2))
    if (midpoints.size >= 10_000) {
      midpoints.clear()
    }
    midpoints.set(key, mid)
  }
  return mid
}

const parts = (iso: string) => {
  const match = ISO_DATE.exec(iso)
  if (!match) {
    throw new RangeError(`not an ISO date: ${iso}`)
  }
  return { day: Number(match[3]), month: Number(match[2]), year: Number(match[1]) }
}

/** Reader-facing text of a period: "2025", "Dec 2025", "Jan–Aug 2025", "19–20 Dec 2025", "undated". */
export const periodToLabel = (period: Period): string => {
  if (period.label) {
    return period.label
  }
  if (period.kind === 'undated') {
    return 'undated'
  }
  if (period.kind === 'year') {
    return String(period.year)
  }
  const start = parts(period.start)
  const end = parts(period.end)
  const wholeMonths = start.day === 1 && end.day === lastDayOfMonth(end.year, end.month)
  if (wholeMonths) {
    if (start.year === end.year && start.month === 1 && end.month === 12) {
      return String(start.year)
    }
    if (start.year === end.year && start.month === end.month) {
      return `${MONTHS[start.month - 1]} ${start.year}`
    }
    if (start.year === end.year) {
      return `${MONTHS[start.month - 1]}–${MONTHS[end.month - 1]} ${start.year}`
    }
    return `${MONTHS[start.month - 1]} ${start.year}–${MONTHS[end.month - 1]} ${end.year}`
  }
  if (period.start === period.end) {
    return `${start.day} ${MONTHS[start.month - 1]} ${start.year}`
  }
  if (start.year === end.year && start.month === end.month) {
    return `${start.day}–${end.day} ${MONTHS[start.month - 1]} ${start.year}`
  }
  return `${start.day} ${MONTHS[start.month - 1]} ${start.year}–${end.day} ${MONTHS[end.month - 1]} ${end.year}`
}

/**
 * Reads the compact period notation of the think tank's fact sheets and spreadsheets:
 * `2025`, `2025-12`, `2025-01..2025-08`, `2025-04-03..2025-04-04`, `FY2025` (Indian fiscal year,
 * April–March) and `2025-12+5y` (five years from a month). Empty input means undated.
 */
export const parsePeriod = (text: null | string | undefined): Period => {
  const value = (text ?? '').trim()
  if (!value || /^(undated|n\/a|-)$/i.test(value)) {
    return { kind: 'undated' }
  }
  let match = /^(\d{4})$/.exec(value)
  if (match) {
    return { kind: 'year', year: Number(match[1]) }
  }
  match = /^FY(\d{4})$/i.exec(value)
  if (match) {
    const year = Number(match[1])
    return { end: monthEnd(year, 3), kind: 'dates', label: `FY${year}`, start: monthStart(year - 1, 4) }
  }
  match = /^(\d{4})-(\d{2})\+(\d+)y$/.exec(value)
  if (match) {
    const [year, month, years] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const endMonth = month === 1 ? 12 : month - 1
    const endYear = month === 1 ? year + years - 1 : year + years
    return {
      end: monthEnd(endYear, endMonth),
      kind: 'dates',
      label: `${years} years from ${MONTHS[month - 1]} ${year}`,
      start: monthStart(year, month),
    }
  }
  const [from, to = from] = value.split('..')
  const bound = (part: string, side: 'end' | 'start'): string => {
    const month = /^(\d{4})-(\d{2})$/.exec(part)
    if (month) {
      const [y, m] = [Number(month[1]), Number(month[2])]
      if (m < 1 || m > 12) {
        throw new RangeError(`"${value}" has no month ${m}`)
      }
      return side === 'start' ? monthStart(y, m) : monthEnd(y, m)
    }
    if (ISO_DATE.test(part)) {
      const iso = toIsoDate(`${part}T00:00:00Z`)
      if (iso !== part) {
        throw new RangeError(`"${part}" is not a calendar date`)
      }
      return part
    }
    throw new RangeError(`"${value}" is not a period: use 2025, 2025-12, 2025-01..2025-08 or FY2025`)
  }
  const start = bound(from.trim(), 'start')
  const end = bound(to.trim(), 'end')
  if (end < start) {
    throw new RangeError(`"${value}" ends before it starts`)
  }
  return { end, kind: 'dates', start }
}
