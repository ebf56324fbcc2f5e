const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

type EventDate = {
  date?: null | string
  endDate?: null | string
  precision: string
}

/** "14 Oct 2025", "19–20 Dec 2025", "Oct 2025", "2024", "2010s" or "date not stated". */
export const eventDateToText = ({ date, endDate, precision }: EventDate): string => {
  if (!date || precision === 'unknown') {
    return 'date not stated'
  }
  const start = new Date(date)
  const [year, month, day] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()]
  switch (precision) {
    case 'decade':
      return `${Math.floor(year / 10) * 10}s`
    case 'year':
      return String(year)
    case 'month':
      return `${MONTHS[month]} ${year}`
    case 'range': {
      if (!endDate) {
        return `${day} ${MONTHS[month]} ${year}`
      }
      const end = new Date(endDate)
      if (end.getUTCFullYear() === year && end.getUTCMonth() === month) {
        return `${day}–${end.getUTCDate()} ${MONTHS[month]} ${year}`
      }
      return `${day} ${MONTHS[month]} ${year} – ${end.getUTCDate()} ${MONTHS[end.getUTCMonth()]} ${end.getUTCFullYear()}`
    }
    default:
      return `${day} ${MONTHS[month]} ${year}`
  }
}
