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

/** Identity of a period for duplicate detection: equal keys mean the same period. */
export const periodToKey = (period: Period): string => {
  if (period.kind === 'undated') {
    return 'undated'
  }
  if (period.kind === 'year') {
    return String(period.year)
  }
  return `${period.start}..${period.end}`
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
