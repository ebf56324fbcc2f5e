import { formatDate } from '@/lib/format'

/** A comparison or indicator address pinned to a day: what readers saw at the end of it (UTC). */
export type AsOf =
  | { date: string; end: string; kind: 'pinned'; label: string }
  | { kind: 'current' }
  | { kind: 'refused'; message: string }

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Reads `?asOf=YYYY-MM-DD`. Only a day that has ended (before `today`, UTC) can be pinned: what
 * was published on it can no longer change, so the page stays true after any later correction.
 */
export const parseAsOf = (value: unknown, today: string = new Date().toISOString().slice(0, 10)): AsOf => {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined || text === null || text === '') {
    return { kind: 'current' }
  }
  const match = DAY_PATTERN.exec(String(text))
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!match || !date || date.toISOString().slice(0, 10) !== text) {
    return {
      kind: 'refused',
      message: `“${String(text).slice(0, 40)}” is not a date: write it as year-month-day, e.g. ?asOf=2026-06-30. These are the current figures.`,
    }
  }
  if (text >= today) {
    return {
      kind: 'refused',
      message: `${formatDate(text)} has not ended yet, so its figures can still change. These are the current figures.`,
    }
  }
  return { date: text, end: `${text}T23:59:59.999Z`, kind: 'pinned', label: formatDate(text) }
}

/** The `asOf` parameter of an address, for links and downloads that keep the pin. */
export const asOfToQuery = (asOf: AsOf): string => (asOf.kind === 'pinned' ? `asOf=${asOf.date}` : '')

/** A path with the pin (`asOf=`) appended, so the address shows the same figures again. */
export const pathWithAsOf = (path: string, asOf: AsOf): string => {
  const pin = asOfToQuery(asOf)
  return pin ? `${path}${path.includes('?') ? '&' : '?'}${pin}` : path
}
