/** Pure text helpers for site search: query terms, snippets around the first match, highlighting. */

export type TextPart = { isMatch: boolean; text: string }

import { charsOf, trimWhere } from '@/lib/text/trimChars'

const MAX_TERMS = 6

/** Longer queries and words match nothing a reader could mean; cutting them keeps search cheap. */
export const MAX_QUERY_LENGTH = 200
const MAX_TERM_LENGTH = 40

const isWordEdge = charsOf("-'’.")

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Distinct words of a query, lower-cased, in order; one-letter words and extras beyond six are
 * dropped, and the query and each word are cut to a length no real search needs.
 */
export const queryToTerms = (query: null | string | undefined): string[] => {
  const words = (query ?? '')
    .slice(0, MAX_QUERY_LENGTH)
    .toLowerCase()
    .split(/[\s,;:!?"“”()]+/u)
    .map((word) => trimWhere(word, isWordEdge).slice(0, MAX_TERM_LENGTH))
    .filter((word) => word.length >= 2)
  return [...new Set(words)].slice(0, MAX_TERMS)
}

/** One pattern matching any of the terms as typed (longest first), case-insensitively. */
export const termsToPattern = (terms: string[]): RegExp =>
  new RegExp(
    `(${[...terms]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})`,
    'giu',
  )

/** Splits text into matching and non-matching parts, case-insensitively, so a view can mark the matches. */
export const textToHighlightParts = (text: string, terms: string[]): TextPart[] => {
  if (!text || terms.length === 0) {
    return text ? [{ isMatch: false, text }] : []
  }
  return text
    .split(termsToPattern(terms))
    .filter((part) => part !== '')
    .map((part) => ({ isMatch: terms.some((term) => term.toLowerCase() === part.toLowerCase()), text: part }))
}

/**
 * About `length` characters of text around the first match of any term, cut at word boundaries
 * with ellipses; the start of the text when nothing matches.
 */
export const textToSnippet = (text: string, terms: string[], length = 220): string => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) {
    return clean
  }
  const lower = clean.toLowerCase()
  const first = Math.min(
    ...terms.map((term) => lower.indexOf(term.toLowerCase())).filter((index) => index >= 0),
    Number.POSITIVE_INFINITY,
  )
  const matchAt = Number.isFinite(first) ? first : 0
  let start = Math.max(0, matchAt - Math.floor(length / 3))
  let end = Math.min(clean.length, start + length)
  start = Math.max(0, end - length)
  if (start > 0) {
    const space = clean.indexOf(' ', start)
    start = space >= 0 && space < matchAt ? space + 1 : start
  }
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end)
    end = space > start ? space : end
  }
  return `${start > 0 ? '… ' : ''}${clean.slice(start, end)}${end < clean.length ? ' …' : ''}`
}
