import type { Period } from '@/lib/period'

import { parsePeriod } from '@/lib/period'

/**
 * A number as people type it in spreadsheets: `1 234,5`, `1.234,5`, `1,234.5`, `3 000 000 000`,
 * `12,5`, `-7`, with NBSP or thin spaces. Returns `null` for anything else.
 */
export const textToNumber = (text: string): null | number => {
  let value = text.replace(/[\s\u00a0\u202f\u2009']/g, '').replace(/^\u2212/, '-')
  if (!value) {
    return null
  }
  if (!/^[-+]?[\d.,]+$/.test(value)) {
    return null
  }
  const lastComma = value.lastIndexOf(',')
  const lastDot = value.lastIndexOf('.')
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.'
    const thousands = decimal === ',' ? '.' : ','
    value = value.split(thousands).join('').replace(decimal, '.')
  } else if (lastComma >= 0) {
    const groups = value.split(',')
    const looksLikeThousands =
      groups.length > 2 || (groups.length === 2 && groups[1].length === 3 && groups[0] !== '0' && groups[0] !== '-0')
    value =
      looksLikeThousands && groups.slice(1).every((group) => group.length === 3)
        ? groups.join('')
        : value.replace(',', '.')
  } else if (lastDot >= 0 && value.split('.').length > 2) {
    const groups = value.split('.')
    if (!groups.slice(1).every((group) => group.length === 3)) {
      return null
    }
    value = groups.join('')
  }
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)) {
    return null
  }
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}

const pad = (n: number) => String(n).padStart(2, '0')

const validIso = (year: number, month: number, day: number): null | string => {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null
  }
  return `${year}-${pad(month)}-${pad(day)}`
}

/** A day as `YYYY-MM-DD`, from `2025-10-15`, `15.10.2025`, `15/10/2025` or `2025-10-15T00:00:00Z`. */
export const textToIsoDay = (text: string): null | string => {
  const value = text.trim()
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(T[\d:.]+Z?)?$/.exec(value)
  if (match) {
    return validIso(Number(match[1]), Number(match[2]), Number(match[3]))
  }
  match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value)
  if (match) {
    return validIso(Number(match[3]), Number(match[2]), Number(match[1]))
  }
  return null
}

/**
 * A period in the fact-sheet notation (`2025`, `2025-12`, `2025-01..2025-08`, `FY2025`), a single
 * day or a day range in the notations `textToIsoDay` reads, or empty/`undated`.
 */
export const textToPeriod = (text: string): Period => {
  const value = text
    .split(/–|—|\.\./)
    .map((part) => part.trim())
    .join('..')
  const numericYear = /^(\d{4})\.0+$/.exec(value)
  if (numericYear) {
    return parsePeriod(numericYear[1])
  }
  const [from, to] = value.split('..')
  const fromDay = from ? textToIsoDay(from) : null
  if (fromDay && (to === undefined || textToIsoDay(to))) {
    return parsePeriod(to === undefined ? `${fromDay}..${fromDay}` : `${fromDay}..${textToIsoDay(to)}`)
  }
  return parsePeriod(value)
}
