import { diffArrays } from 'diff'

import { richTextToPlainText } from './plainText'

export type DiffSegment = { kind: 'added' | 'removed' | 'unchanged'; text: string }

/** Words with their following whitespace, so "$3" → "$3.2" is one replaced word, not ".2" added. */
const toWords = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? []

/**
 * What changed between two versions of a rich-text field, word by word, as an editor reads it:
 * mentions and live figures appear as their labels, and paragraphs stay apart.
 */
export const richTextWordDiff = (before: unknown, after: unknown): DiffSegment[] => {
  const segments: DiffSegment[] = []
  for (const part of diffArrays(toWords(richTextToPlainText(before)), toWords(richTextToPlainText(after)))) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'unchanged'
    const text = part.value.join('')
    const last = segments.at(-1)
    if (last?.kind === kind) {
      last.text += text
    } else if (text) {
      segments.push({ kind, text })
    }
  }
  return segments
}

/** True when the two versions read the same (formatting-only edits do not count). */
export const isSameText = (before: unknown, after: unknown): boolean =>
  richTextToPlainText(before) === richTextToPlainText(after)
