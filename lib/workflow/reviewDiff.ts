import type { DiffSegment } from '@/lib/richText/diff'

import { richTextWordDiff } from '@/lib/richText/diff'

export type FieldChange =
  | {
      after: null | number
      before: null | number
      delta: NumberDelta | null
      kind: 'number'
      label: string
      path: string
    }
  | { after: string; before: string; kind: 'text'; label: string; path: string }
  | { kind: 'richText'; label: string; path: string; segments: DiffSegment[] }

export type NumberDelta = { absolute: number; percent: null | number }

/** Fields that are bookkeeping, not content: never shown as changes. */
const IGNORED = new Set([
  '_status',
  // Shown beside the value on the review screen, not as a change of its own.
  'anomaly',
  'changeAuthors',
  'createdAt',
  'countriesFromText',
  'footnoteIds',
  'id',
  'mediaRefs',
  'periodText',
  'reviewComment',
  'scheduledPublishAt',
  // Derived from the name and aliases, whose changes are shown.
  'searchNames',
  'seriesKey',
  'submission',
  'submittedAt',
  'submittedBy',
  'title',
  'updatedAt',
  'workflowStatus',
])

const isRichTextDoc = (value: unknown): boolean =>
  !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'doc'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && !isRichTextDoc(value)

const labelFor = (path: string) =>
  path
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ')
    .replace(/^./, (first) => first.toUpperCase())

/** Readable text for a plain value: relationships by ID, lists comma-separated, empty as "—". */
const textOf = (value: unknown): string => {
  if (value === null || value === undefined || value === '') {
    return '—'
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((item) => textOf(item)).join(', ')
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && Object.keys(record).length > 1) {
      // A row of an array field (an article's corrections) reads as its text.
      return String(record.title ?? record.name ?? record.label ?? record.text ?? record.id)
    }
    return Object.entries(record)
      .filter(([key]) => key !== 'id')
      .map(([key, item]) => `${key}: ${textOf(item)}`)
      .join('; ')
  }
  return String(value)
}

/** Old → new with absolute and percent change; percent is null when the old value is 0. */
export const numberDelta = (before: null | number, after: null | number): NumberDelta | null => {
  if (typeof before !== 'number' || typeof after !== 'number') {
    return null
  }
  const absolute = after - before
  return { absolute, percent: before === 0 ? null : (absolute / Math.abs(before)) * 100 }
}

/**
 * Field-by-field differences between the published version of a document and the change waiting
 * for review: rich text as a word diff, numbers with their delta, everything else old → new.
 * Groups are compared field by field; `published` is null for a document never published.
 */
export const documentChanges = (
  published: null | Record<string, unknown>,
  pending: Record<string, unknown>,
): FieldChange[] => {
  const changes: FieldChange[] = []
  const walk = (before: Record<string, unknown>, after: Record<string, unknown>, prefix: string) => {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])]
    for (const key of keys) {
      const path = prefix ? `${prefix}.${key}` : key
      if (IGNORED.has(path)) {
        continue
      }
      const oldValue = before[key]
      const newValue = after[key]
      if (isPlainObject(oldValue) || isPlainObject(newValue)) {
        if (!('id' in ((newValue ?? oldValue) as object))) {
          walk(isPlainObject(oldValue) ? oldValue : {}, isPlainObject(newValue) ? newValue : {}, path)
          continue
        }
      }
      if (isRichTextDoc(oldValue) || isRichTextDoc(newValue)) {
        const segments = richTextWordDiff(oldValue, newValue)
        if (segments.some((segment) => segment.kind !== 'unchanged')) {
          changes.push({ kind: 'richText', label: labelFor(path), path, segments })
        }
        continue
      }
      if (typeof oldValue === 'number' || typeof newValue === 'number') {
        const oldNumber = typeof oldValue === 'number' ? oldValue : null
        const newNumber = typeof newValue === 'number' ? newValue : null
        if (oldNumber !== newNumber) {
          changes.push({
            after: newNumber,
            before: oldNumber,
            delta: numberDelta(oldNumber, newNumber),
            kind: 'number',
            label: labelFor(path),
            path,
          })
        }
        continue
      }
      const oldText = textOf(oldValue)
      const newText = textOf(newValue)
      if (oldText !== newText) {
        changes.push({ after: newText, before: oldText, kind: 'text', label: labelFor(path), path })
      }
    }
  }
  walk(published ?? {}, pending, '')
  return changes
}

/** "+1,000 (+25.0 %)" for a reviewer, or "new value" when there was none. */
export const deltaText = (delta: NumberDelta | null): string => {
  if (!delta) {
    return 'new value'
  }
  const sign = delta.absolute > 0 ? '+' : delta.absolute < 0 ? '−' : '±'
  const absolute = `${sign}${Math.abs(delta.absolute).toLocaleString('en-GB', { maximumFractionDigits: 6 })}`
  if (delta.percent === null) {
    return absolute
  }
  return `${absolute} (${sign}${Math.abs(delta.percent).toFixed(1)} %)`
}

/**
 * Shortens long unchanged stretches of a word diff to the words around each change, so a reviewer
 * sees the edit and its context rather than the whole article.
 */
export const trimUnchanged = (segments: DiffSegment[], keep = 160): DiffSegment[] =>
  segments.map((segment, index) => {
    if (segment.kind !== 'unchanged' || segment.text.length <= keep * 2 + 20) {
      return segment
    }
    const isFirst = index === 0
    const isLast = index === segments.length - 1
    const start = segment.text.slice(0, keep)
    // Cut back to the last whole word (a `/\S*$/` replace would backtrack on long words).
    const head = isFirst ? '' : start.slice(0, start.lastIndexOf(' ') + 1)
    const tail = isLast ? '' : segment.text.slice(-keep).replace(/^\S*/, '')
    return { kind: 'unchanged', text: `${head}${isFirst ? '' : ' '}…${isLast ? '' : ' '}${tail}` }
  })
