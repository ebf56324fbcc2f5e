import { textToIsoDay } from '@/lib/import/observations/parseValues'

import { MONTH_NAMES } from './months'

/** A source from an endnote or footnote, in the shape of the rich-text Footnote node. */
export type ImportedNote = {
  accessed: null | string
  id: string
  publisher: null | string
  title: string
  url: null | string
}

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
}

export const superscriptToDigits = (text: string): string =>
  [...text].map((char) => SUPERSCRIPTS[char] ?? char).join('')

/** Markers written at the start of a note: `[1]`, `[^1]:`, `[iv]`, `1.`, `1)`, `^1`, `¹`, `iv.`. */
const NOTE_START =
  /^\s*(?:\[\^?(\d{1,3}|[ivxlcdm]{1,7})\]:?|\^(\d{1,3}|[ivxlcdm]{1,7})\.?|(\d{1,3}|[ivxlcdm]{1,7})[.)]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s+(\S.*)$/i

export const NOTES_HEADING = /^(?:#{1,6}\s*)?\**(notes|endnotes|footnotes|references|sources|bibliography)\**\s*:?\s*$/i

export const readNoteStart = (line: string): null | { marker: string; text: string } => {
  const match = NOTE_START.exec(line)
  if (!match) {
    return null
  }
  const marker = (match[1] ?? match[2] ?? match[3] ?? superscriptToDigits(match[4] ?? '')).toLowerCase()
  return { marker, text: match[5].trim() }
}

const ACCESS =
  /\s*[.,;(]?\s*\(?\s*(?:access(?:ed)?(?: date)?|retrieved|last accessed|date of access)(?: on)?\s*:?\s*(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},?\s+\d{4})\s*\)?\.?/i

const wordsToIsoDay = (text: string): null | string => {
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text)
  const monthFirst = /^([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text)
  const [day, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : []
  const monthIndex = month ? MONTH_NAMES.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3))) : -1
  if (monthIndex < 0) {
    return null
  }
  return textToIsoDay(`${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
}

/**
 * Reads a note's text into a source: the first web address, an access date ("Access Date:
 * 15.10.2025", "accessed 15 October 2025", "Retrieved October 15, 2025"), and the rest as its title.
 */
export const noteToSource = (marker: string, text: string): ImportedNote => {
  let rest = text
  let accessed: null | string = null
  const access = ACCESS.exec(rest)
  if (access) {
    accessed = textToIsoDay(access[1]) ?? wordsToIsoDay(access[1])
    rest = rest.replace(access[0], ' ')
  }
  const link = /<?(https?:\/\/[^\s<>"]+?)>?(?=[.,;)\]]*(\s|$))/i.exec(rest)
  const markdownLink = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/.exec(rest)
  let url: null | string = null
  if (markdownLink) {
    url = markdownLink[2]
    rest = rest.replace(markdownLink[0], markdownLink[1])
  } else if (link) {
    url = link[1]
    rest = rest.replace(link[0], ' ')
  }
  let title = rest
    .replace(/\s*↑\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—(-]+$/g, '')
    .trim()
  if (!title) {
    title = url ? new URL(url).hostname.replace(/^www\./, '') : `Note ${marker}`
  }
  return { accessed, id: marker, publisher: null, title: title.slice(0, 500), url }
}
