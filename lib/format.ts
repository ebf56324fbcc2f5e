/** Reader-facing formatting of observation values, periods and qualifiers. */

export type ValueDisplay = {
  decimals?: null | number
  scale?: null | string
  unit: string
  value: number
  valueMax?: null | number
}

const SCALE_SUFFIX: Record<string, { factor: number; suffix: string }> = {
  '1': { factor: 1, suffix: '' },
  '1e3': { factor: 1e3, suffix: ' thousand' },
  '1e6': { factor: 1e6, suffix: ' million' },
  '1e9': { factor: 1e9, suffix: ' bn' },
}

const CURRENCY_SYMBOL: Record<string, string> = { EUR: '€', GBP: '£', USD: '$' }

const UNIT_TEXT: Record<string, string> = {
  count: '',
  multiplier: '×',
  percent: '%',
  rank: '',
}

/** One formatter per number of decimals: building an Intl formatter costs far more than using it. */
const numberFormats = new Map<number, Intl.NumberFormat>()

const number = (value: number, decimals: number) => {
  let format = numberFormats.get(decimals)
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals, minimumFractionDigits: decimals })
    numberFormats.set(decimals, format)
  }
  return format.format(value)
}

/**
 * "$3.0 bn", "18.5%", "15–20%", "836 km", "5×", "#1". The indicator's scale and decimals decide the
 * rounding; the exact stored value stays available to the reader in tables and downloads.
 */
export const formatValue = ({ decimals, scale, unit, value, valueMax }: ValueDisplay): string => {
  const { factor, suffix } = SCALE_SUFFIX[scale ?? '1'] ?? SCALE_SUFFIX['1']
  const places = decimals ?? 1
  const scaled = (v: number) => {
    const shown = v / factor
    return number(shown, Number.isInteger(shown) && factor === 1 ? 0 : places)
  }
  const amount =
    valueMax !== null && valueMax !== undefined && valueMax !== value
      ? `${scaled(value)}–${scaled(valueMax)}`
      : scaled(value)
  if (unit === 'rank') {
    return `#${amount}`
  }
  const symbol = CURRENCY_SYMBOL[unit]
  if (symbol) {
    return `${symbol}${amount}${suffix}`
  }
  const unitText = unit in UNIT_TEXT ? UNIT_TEXT[unit] : ` ${unit}`
  return `${amount}${suffix}${unitText}`
}

/**
 * A difference between two figures in the indicator's scale, with as many decimals as it takes for
 * a small gap not to read as zero ("$0.04 bn", not "$0.0 bn"), up to two significant digits,
 * signed like the percentage beside it.
 */
export const formatDifference = (display: ValueDisplay): string => {
  const { factor } = SCALE_SUFFIX[display.scale ?? '1'] ?? SCALE_SUFFIX['1']
  const places = display.decimals ?? 1
  const shown = Math.abs(display.value / factor)
  const needed = shown > 0 && shown < 1 ? Math.min(6, Math.ceil(-Math.log10(shown)) + 1) : places
  const magnitude = formatValue({ ...display, decimals: Math.max(places, needed), value: Math.abs(display.value), valueMax: null })
  return display.value > 0 ? `+${magnitude}` : display.value < 0 ? `-${magnitude}` : magnitude
}

export const QUALIFIER_TEXT: Record<string, string> = {
  actual: '',
  approx: 'approx.',
  estimate: 'estimate',
  'lower-bound': 'at least',
  target: 'target',
  'upper-bound': 'at most',
}

export const qualifierText = (qualifier: null | string | undefined): string =>
  QUALIFIER_TEXT[qualifier ?? 'actual'] ?? ''

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC', year: 'numeric' })

export const formatDate = (iso: null | string | undefined): string => (iso ? dateFormat.format(new Date(iso)) : '')

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })

export const formatList = (items: string[]): string => listFormat.format(items)
