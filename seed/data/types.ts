import type { AliasLanguage } from '@/lib/search/aliasLanguages'

/**
 * Shapes of the hand-written demo content. Figures come from `seed/data/facts.json` (copied from the
 * think tank's fact sheet); every sentence of prose is written for this project.
 *
 * Inline text supports two markers, converted to rich text by `seed/richText.ts`:
 * - `[^i]` — a footnote reference to the article's `references` entry whose `marker` is `i`;
 * - `**bold**` and `_italic_` for emphasis.
 */
export type SeedBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }

export type SeedReference = {
  /** Marker used in the text, e.g. `i` or `3`. */
  marker: string
  /** What the note cites, in the publication's own words (e.g. "News.Az report on Kazakh–Uzbek trade"). */
  title: string
  publisher?: string
  /** Only a URL that is known; never invented. */
  url?: string
  /** ISO date (YYYY-MM-DD) the source was accessed, when known. */
  accessed?: string
}

export type SeedArticle = {
  slug: string
  title: string
  /** One or two sentences shown under the title and in lists. */
  dek: string
  section: 'Analysis' | 'Commentary' | 'Briefing'
  /** Author slugs from `authors.ts`. */
  authors: string[]
  /** ISO3 codes of countries the article discusses (see facts.json `countries`). */
  countries: string[]
  topics: string[]
  /** ISO date-time of publication. */
  publishedAt: string
  /** The fact-sheet file (and segment) the figures come from, e.g. `000_ad18c442999ecc76.txt`. */
  sourceFile: string
  segment?: number
  body: SeedBlock[]
  references: SeedReference[]
}

export type SeedAlias = { language?: AliasLanguage; name: string; note?: string }

export type SeedAuthor = {
  slug: string
  name: string
  affiliation: string
  /** Other spellings of the name (the fact sheet's spelling variants). */
  aliases?: SeedAlias[]
  /** Paragraphs of biography. */
  bio: string[]
  /** ISO3 codes. */
  countriesOfFocus: string[]
  links: { label: string; url: string }[]
}

export type SeedCountrySummary = {
  /** ISO3 code. */
  iso3: string
  /** One to three paragraphs of overview text. */
  summary: string[]
}
