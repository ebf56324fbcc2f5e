import { normalizeName } from '@/lib/import/normalizeName'

/** Fields an observation spreadsheet can fill, in the order the mapping form and exports show them. */
export const IMPORT_FIELDS = [
  {
    key: 'indicator',
    label: 'Indicator',
    required: true,
    synonyms: ['indicator slug', 'indicator name', 'series', 'metric'],
  },
  {
    key: 'country',
    label: 'Country',
    required: true,
    synonyms: ['country code', 'iso3', 'iso', 'reporter', 'economy', 'страна'],
  },
  {
    key: 'partner',
    label: 'Partner',
    required: false,
    synonyms: ['partner country', 'counterpart', 'partner code', 'destination'],
  },
  { key: 'subject', label: 'Subject', required: false, synonyms: ['project', 'item'] },
  { key: 'period', label: 'Period', required: false, synonyms: ['year', 'date', 'time', 'period covered', 'год'] },
  { key: 'periodLabel', label: 'Period label', required: false, synonyms: ['period text'] },
  { key: 'value', label: 'Value', required: true, synonyms: ['amount', 'figure', 'obs value', 'значение'] },
  { key: 'valueMax', label: 'Value max', required: false, synonyms: ['upper', 'upper value', 'max', 'range max'] },
  { key: 'unit', label: 'Unit', required: false, synonyms: ['units', 'currency', 'measure'] },
  { key: 'qualifier', label: 'Qualifier', required: false, synonyms: ['status', 'flag', 'type'] },
  { key: 'qualifierNote', label: 'Qualifier note', required: false, synonyms: ['qualifier wording'] },
  {
    key: 'sourceUrl',
    label: 'Source URL',
    required: false,
    synonyms: ['url', 'source', 'link', 'source link', 'web address'],
  },
  { key: 'article', label: 'Source article', required: false, synonyms: ['article', 'article slug'] },
  { key: 'footnote', label: 'Footnote', required: false, synonyms: ['note number', 'footnote marker', 'fn'] },
  {
    key: 'accessed',
    label: 'Access date',
    required: false,
    synonyms: ['accessed', 'accessed on', 'retrieved', 'access'],
  },
  { key: 'publisher', label: 'Publisher', required: false, synonyms: ['source name', 'publisher name'] },
  { key: 'note', label: 'Note', required: false, synonyms: ['notes', 'comment', 'remarks'] },
] as const

export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]['key']

/** Which column (index into the headers) fills which field; unmapped fields are left out. */
export type ColumnMapping = Partial<Record<ImportFieldKey, number>>

const compact = (text: string) => normalizeName(text).replace(/ /g, '')

/**
 * Matches headers to fields by label, key or a usual synonym, ignoring case, spaces, underscores and
 * punctuation (`source_url`, `Source URL`, `SourceUrl` all match). Each column fills one field at most.
 */
export const guessMapping = (headers: string[]): ColumnMapping => {
  const mapping: ColumnMapping = {}
  const taken = new Set<number>()
  const candidates = (field: (typeof IMPORT_FIELDS)[number]) => [field.label, field.key, ...field.synonyms].map(compact)
  for (const pass of ['exact', 'synonym'] as const) {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field.key] !== undefined) {
        continue
      }
      const names = pass === 'exact' ? candidates(field).slice(0, 2) : candidates(field)
      const column = headers.findIndex((header, index) => !taken.has(index) && names.includes(compact(header)))
      if (column >= 0) {
        mapping[field.key] = column
        taken.add(column)
      }
    }
  }
  return mapping
}

/** The fields a mapping must cover before a dry run makes sense. */
export const missingRequiredFields = (mapping: ColumnMapping): string[] =>
  IMPORT_FIELDS.filter((field) => field.required && mapping[field.key] === undefined).map((field) => field.label)
