import { textToIsoDay } from '@/lib/import/observations/parseValues'

import { charsOf, isWhitespace, trimEndWhere, trimStartWhere } from '@/lib/text/trimChars'

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

const NOTES_HEADING = /^(?:#{1,6}\s*)?\**(notes|endnotes|footnotes|references|sources|bibliography)\**\s*:?$/i

/** Whether a line is the heading of a list of notes ("Notes", "## References:", "**Sources**"). */
export const isNotesHeading = (line: string): boolean => NOTES_HEADING.test(line.trim())

export const readNoteStart = (line: string): null | { marker: string; text: string } => {
  const match = NOTE_START.exec(line)
  if (!match) {
    return null
  }
  const marker = (match[1] ?? match[2] ?? match[3] ?? superscriptToDigits(match[4] ?? '')).toLowerCase()
  return { marker, text: match[5].trim() }
}

// Month names are at most nine letters; unbounded letter runs here retried from every word.
const ACCESS =
  /(?:access(?:ed)?(?: date)?|retrieved|last accessed|date of access)(?: on)?\s*(?::\s*)?(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}|[A-Za-z]{3,9}\s+\d{1,2},?\s+\d{4})\s*\)?\.?/i

/**
 * Where the punctuation before an access date starts (`… 2024. (Accessed 3 May 2025)`): spaces, an
 * opening parenthesis and one of `.,;(`, read backwards from the keyword.
 */
const accessLeadStart = (text: string, keywordAt: number): number => {
  let at = keywordAt
  const skipSpaces = () => {
    while (at > 0 && isWhitespace(text[at - 1])) {
      at--
    }
  }
  skipSpaces()
  if (at > 0 && text[at - 1] === '(') {
    at--
    skipSpaces()
  }
  if (at > 0 && '.,;('.includes(text[at - 1])) {
    at--
    skipSpaces()
  }
  return at
}

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

const TRAILING_LINK_PUNCTUATION = charsOf('.,;)]')

/**
 * The first web address in a note, without the punctuation that ends the sentence after it and
 * with the angle brackets some styles put around it.
 */
const readBareLink = (text: string): null | { end: number; start: number; url: string } => {
  const match = /<?(https?:\/\/[^\s<>"]+)/i.exec(text)
  if (!match) {
    return null
  }
  const url = trimEndWhere(match[1], TRAILING_LINK_PUNCTUATION)
  let end = match.index + match[0].length - (match[1].length - url.length)
  if (text[end] === '>') {
    end++
  }
  return url.slice(url.indexOf('//') + 2) ? { end, start: match.index, url } : null
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
    const start = accessLeadStart(rest, access.index)
    rest = `${rest.slice(0, start)} ${rest.slice(access.index + access[0].length)}`
  }
  const link = readBareLink(rest)
  const markdownLink = /\[([^\][]+)\]\((https?:\/\/[^)\s[]+)\)/.exec(rest)
  let url: null | string = null
  if (markdownLink) {
    url = markdownLink[2]
    rest = rest.replace(markdownLink[0], markdownLink[1])
  } else if (link) {
    url = link.url
    rest = `${rest.slice(0, link.start)} ${rest.slice(link.end)}`
  }
  let title = trimEndWhere(
    trimStartWhere(rest.replace(/↑/g, ' ').replace(/\s+/g, ' '), charsOf(',.;:–—-', { andWhitespace: true })),
    charsOf(',.;:–—(-', { andWhitespace: true }),
  )
  if (!title) {
    title = url ? new URL(url).hostname.replace(/^www\./, '') : `Note ${marker}`
  }
  return { accessed, id: marker, publisher: null, title: title.slice(0, 500), url }
}
