/**
 * Trimming a set of characters from the ends of a text, in linear time. Patterns such as
 * `/[\s,.]+$/` look linear but retry from every character of a long run (quadratic time on
 * 10,000 spaces followed by a letter), so parsers of imported or typed text trim with these instead.
 */
export type CharTest = (char: string) => boolean

export const isWhitespace: CharTest = (char) => char.trim() === ''

/** A test for the characters of `chars`, and whitespace when `andWhitespace` is set. */
export const charsOf =
  (chars: string, { andWhitespace = false }: { andWhitespace?: boolean } = {}): CharTest =>
  (char) =>
    chars.includes(char) || (andWhitespace && isWhitespace(char))

export const trimStartWhere = (text: string, isTrimmed: CharTest): string => {
  let start = 0
  while (start < text.length && isTrimmed(text[start])) {
    start++
  }
  return text.slice(start)
}

export const trimEndWhere = (text: string, isTrimmed: CharTest): string => {
  let end = text.length
  while (end > 0 && isTrimmed(text[end - 1])) {
    end--
  }
  return text.slice(0, end)
}

export const trimWhere = (text: string, isTrimmed: CharTest): string =>
  trimEndWhere(trimStartWhere(text, isTrimmed), isTrimmed)
