import type { JSONContent } from '@tiptap/core'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { User } from '@/payload-types'

import type { ImportJournal, ImportWrite } from '@/lib/import/rollback'

import { normalizeName } from '@/lib/import/normalizeName'
import { loadImportReference } from '@/lib/import/observations/server'
import { IMPORTED_DRAFT_FIELDS, writeObservation } from '@/lib/import/observations/write'
import { textToPeriod } from '@/lib/import/observations/parseValues'
import { ImportRolledBackError, nowIso, undoImport } from '@/lib/import/rollback'
import { periodToStoredPeriod } from '@/lib/period'
import { validateRichTextDoc } from '@/lib/richText/validate'
import { textToSlug } from '@/lib/slugify'

import type { DocumentFormat, ParsedArticle } from './parse'
import type { ArticleSuggestions } from './proposal'
import type { FigureSuggestion } from './suggest'

import { docxToMarkdown } from './docx'
import { documentToArticles } from './parse'
import { articleToSuggestions } from './proposal'
import { countryNamePattern } from './suggest'

type Id = number | string

/** A document's text and how to read it, from an uploaded file or pasted text. */
export const readDocument = async ({
  bytes,
  format,
  name,
  text,
}: {
  bytes?: Uint8Array
  format?: DocumentFormat
  name?: string
  text?: string
}): Promise<{ format: DocumentFormat; text: string }> => {
  if (bytes && name) {
    if (/\.docx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      return { format: 'markdown', text: await docxToMarkdown(bytes) }
    }
    const decoded = new TextDecoder('utf-8').decode(bytes)
    return { format: /\.(md|markdown)$/i.test(name) ? 'markdown' : (format ?? 'text'), text: decoded }
  }
  return { format: format ?? 'text', text: text ?? '' }
}

export type AuthorMatch = { authorId: Id | null; name: string }

export type PreparedArticle = ArticleSuggestions &
  ParsedArticle & {
    authorMatches: AuthorMatch[]
    /** Set when the analyst's own byline was added to the authors the document names. */
    bylineNote: null | string
  }

export type IndicatorOption = { id: Id; kind: 'bilateral' | 'country'; name: string; units: string[] }

/**
 * The author records linked to an analyst's account, or `null` for editors and admins, who may
 * create articles under any byline. Analysts write only articles that carry their own byline.
 */
const analystBylines = async (payload: Payload, user: User): Promise<{ id: Id; name: string }[] | null> => {
  if (user.role !== 'analyst') {
    return null
  }
  const { docs } = await payload.find({
    collection: 'authors',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { name: true },
    where: { user: { equals: user.id } },
  })
  return docs.map(({ id, name }) => ({ id, name }))
}

const withOwnByline = (
  article: Omit<PreparedArticle, 'bylineNote'>,
  bylines: { id: Id; name: string }[] | null,
): PreparedArticle => {
  const own = bylines?.[0]
  if (!own || article.authorMatches.some((match) => bylines!.some((byline) => byline.id === match.authorId))) {
    return { ...article, bylineNote: null }
  }
  return {
    ...article,
    authorMatches: [...article.authorMatches, { authorId: own.id, name: own.name }],
    authors: [...article.authors, own.name],
    bylineNote: `Your byline (${own.name}) was added: analysts create and edit articles under their own name. Remove it only if an editor will import this article instead.`,
  }
}

/**
 * Parses a document and adds what the analyst confirms: author matches, countries, figures,
 * events. Decision ids in `undo` are read without (the analyst undid them in the proposal).
 */
export const prepareArticleImport = async ({
  format,
  payload,
  text,
  undo = [],
  user,
}: {
  format: DocumentFormat
  payload: Payload
  text: string
  undo?: readonly string[]
  user: User
}): Promise<{
  articles: PreparedArticle[]
  countries: { id: Id; iso3: string; name: string }[]
  indicators: IndicatorOption[]
}> => {
  const reference = await loadImportReference({ payload, user })
  const { docs: authors } = await payload.find({
    collection: 'authors',
    depth: 0,
    draft: true,
    overrideAccess: false,
    pagination: false,
    select: { name: true },
    user,
  })
  const authorByName = new Map(authors.map((author) => [normalizeName(author.name), author.id]))
  const bylines = await analystBylines(payload, user)
  const articles = documentToArticles({ format, text, undo }).map((article) =>
    withOwnByline(
      {
        ...article,
        ...articleToSuggestions(article, reference.countries),
        authorMatches: article.authors.map((name) => ({
          authorId: authorByName.get(normalizeName(name)) ?? null,
          name,
        })),
      },
      bylines,
    ),
  )
  return {
    articles,
    countries: reference.countries.map(({ id, iso3, name }) => ({ id, iso3, name })),
    indicators: reference.indicators.map((indicator) => ({
      id: indicator.id,
      kind: indicator.kind,
      name: indicator.name,
      units: [indicator.unit, ...indicator.otherUnits],
    })),
  }
}

/** Turns the first plain-text occurrence of each confirmed country into a CountryMention node. */
export const markCountryMentions = (doc: JSONContent, mentions: { countryId: Id; text: string }[]): JSONContent => {
  const pending = new Map(mentions.map((mention) => [mention.text, mention.countryId]))
  const visit = (node: JSONContent): JSONContent => {
    if (!node.content) {
      return node
    }
    const content: JSONContent[] = []
    for (const child of node.content) {
      if (child.type !== 'text' || !child.text || (child.marks ?? []).some((mark) => mark.type === 'link')) {
        content.push(visit(child))
        continue
      }
      let rest = child.text
      for (const [text, countryId] of pending) {
        const at = rest.search(countryNamePattern(text, 'u'))
        if (at < 0) {
          continue
        }
        if (at > 0) {
          content.push({ ...child, text: rest.slice(0, at) })
        }
        content.push({ attrs: { countryId: String(countryId), label: text }, type: 'countryMention' })
        rest = rest.slice(at + text.length)
        pending.delete(text)
      }
      if (rest) {
        content.push({ ...child, text: rest })
      }
    }
    return { ...node, content }
  }
  return visit(doc)
}

export type ConfirmedFigure = {
  country: Id
  footnote: null | string
  indicator: Id
  partner: Id | null
  period: null | string
  qualifier: FigureSuggestion['qualifier']
  unit: string
  value: number
  valueMax?: null | number
}

/** A dated event the analyst accepted; it becomes an event draft citing the article. */
export type ConfirmedEvent = { countries: Id[]; date: string; title: string }

export type ArticleDraftRequest = {
  authors: string[]
  body: JSONContent
  dek: string
  events?: ConfirmedEvent[]
  figures: ConfirmedFigure[]
  mentions: { countryId: Id; text: string }[]
  notes: { accessed: null | string; id: string; url: null | string }[]
  title: string
}

const freeSlug = async (payload: Payload, title: string) => {
  const base = textToSlug(title).slice(0, 80) || 'imported-article'
  for (let attempt = 1; ; attempt++) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`
    const { totalDocs } = await payload.count({
      collection: 'articles',
      overrideAccess: true,
      where: { slug: { equals: slug } },
    })
    if (totalDocs === 0) {
      return slug
    }
  }
}

/** Documents that point at an imported article or author, other than the import's own. */
const REFERENCES: Record<
  'articles' | 'authors',
  { collection: 'articles' | 'events' | 'observations'; path: string }[]
> = {
  articles: [
    { collection: 'observations', path: 'source.article' },
    { collection: 'events', path: 'source.article' },
  ],
  authors: [{ collection: 'articles', path: 'authors' }],
}

/**
 * Why an article or author the import created must stay: a document (or a saved version of one)
 * that the undo leaves in place points at it. Runs after the import's own observations and
 * article are gone, so what still points at it is someone else's.
 */
const referenceToImported = async (payload: Payload, write: ImportWrite): Promise<null | string> => {
  for (const { collection, path } of REFERENCES[write.collection as 'articles' | 'authors'] ?? []) {
    const where = { [path]: { in: [write.id] } }
    const { totalDocs } = await payload.db.count({ collection, where })
    const { totalDocs: versions } = await payload.db.countVersions({
      collection,
      where: { [`version.${path}`]: { in: [write.id] } },
    })
    if (totalDocs + versions > 0) {
      return `a colleague's ${collection === 'articles' ? 'article' : collection === 'events' ? 'event' : 'observation'} refers to it`
    }
  }
  return null
}

/**
 * Creates the draft article (and any new authors, as drafts), the observations the analyst
 * ticked, each citing the article and its footnote, and the events they accepted, as drafts citing
 * the article. All of it lands or none: on any failure what
 * this import created is removed again (`undoImport`), except what a colleague saved or now points
 * at meanwhile, which stays and is named in the `ImportRolledBackError`.
 */
export const createArticleDraft = async ({
  payload,
  request,
  user,
  write = writeObservation,
}: {
  payload: Payload
  request: ArticleDraftRequest
  user: User
  write?: typeof writeObservation
}): Promise<{ articleId: Id; authorIds: Id[]; eventIds: Id[]; observationIds: Id[] }> => {
  const journal: ImportJournal = { actor: user.id, startedAt: new Date(Date.now() - 1).toISOString(), writes: [] }
  const observationIds: Id[] = []
  const created = async <T extends { id: Id }>(collection: ImportWrite['collection'], create: () => Promise<T>) => {
    const from = nowIso()
    const doc = await create()
    journal.writes.push({ collection, from, id: doc.id, isCreated: true, previousLatest: null, to: nowIso() })
    return doc
  }
  // Form values arrive as strings; SQLite ids are numbers.
  const asId = (value: Id | null): Id | null =>
    value === null || value === '' ? null : payload.db.defaultIDType === 'number' ? Number(value) : value
  const common = { depth: 0, draft: true, overrideAccess: false, user } as const
  try {
    const authorIds: Id[] = []
    for (const name of request.authors.map((author) => author.trim()).filter(Boolean)) {
      const { docs } = await payload.find({
        ...common,
        collection: 'authors',
        limit: 1,
        where: { name: { equals: name } },
      })
      if (docs[0]) {
        authorIds.push(docs[0].id)
        continue
      }
      const author = await created('authors', () =>
        payload.create({
          ...common,
          collection: 'authors',
          data: { ...IMPORTED_DRAFT_FIELDS, name },
        }),
      )
      authorIds.push(author.id)
    }
    if (authorIds.length === 0) {
      throw new Error('Name at least one author.')
    }
    const bylines = await analystBylines(payload, user)
    if (bylines && bylines.length === 0) {
      throw new Error(
        'Your account has no author record yet, and analysts create articles under their own byline: ask an editor to link one to you (Authors → Staff account), or to import this article.',
      )
    }
    if (bylines && !bylines.some((byline) => authorIds.some((id) => String(id) === String(byline.id)))) {
      throw new Error(
        `Analysts create articles under their own byline: add ${bylines[0].name} to the authors, or ask an editor to import this article.`,
      )
    }
    const body = markCountryMentions(request.body, request.mentions)
    // The body comes back from the browser, and draft saves skip field validation: check it here.
    const bodyProblem = validateRichTextDoc(body)
    if (bodyProblem !== true) {
      throw new Error(bodyProblem)
    }
    const slug = await freeSlug(payload, request.title)
    const article = await created('articles', () =>
      payload.create({
        ...common,
        collection: 'articles',
        // The generated types describe SQLite's numeric IDs; on MongoDB the same fields hold strings.
        data: {
          ...IMPORTED_DRAFT_FIELDS,
          authors: authorIds,
          body,
          dek: request.dek,
          slug,
          title: request.title,
        } as unknown as RequiredDataFromCollectionSlug<'articles'>,
      }),
    )
    const notes = new Map(request.notes.map((note) => [note.id, note]))
    for (const figure of request.figures) {
      const note = figure.footnote ? notes.get(figure.footnote) : undefined
      const from = nowIso()
      const id = await write({
        data: {
          country: asId(figure.country)!,
          indicator: asId(figure.indicator)!,
          note: null,
          partner: asId(figure.partner),
          period: periodToStoredPeriod(textToPeriod(figure.period ?? '')),
          qualifier: figure.qualifier,
          qualifierNote: null,
          source: {
            accessed: note?.accessed ?? null,
            article: article.id,
            footnote: figure.footnote,
            publisher: null,
            url: note?.url ?? null,
          },
          subject: null,
          unit: figure.unit,
          value: figure.value,
          valueMax: typeof figure.valueMax === 'number' ? figure.valueMax : null,
        },
        operation: 'create',
        payload,
        user,
      })
      journal.writes.push({ collection: 'observations', from, id, isCreated: true, previousLatest: null, to: nowIso() })
      observationIds.push(id)
    }
    const eventIds: Id[] = []
    for (const event of request.events ?? []) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(event.date) || !event.title?.trim()) {
        throw new Error('Each accepted event needs a date and a title.')
      }
      const eventDraft = await created('events', () =>
        payload.create({
          ...common,
          collection: 'events',
          data: {
            ...IMPORTED_DRAFT_FIELDS,
            countries: event.countries.map((country) => asId(country)).filter((country) => country !== null),
            date: `${event.date}T00:00:00.000Z`,
            datePrecision: 'day',
            kind: 'other',
            source: { article: article.id },
            title: event.title.trim().slice(0, 200),
          } as unknown as RequiredDataFromCollectionSlug<'events'>,
        }),
      )
      eventIds.push(eventDraft.id)
    }
    return { articleId: article.id, authorIds, eventIds, observationIds }
  } catch (error) {
    const notUndone = await undoImport({
      isInUse: (write) => referenceToImported(payload, write),
      journal,
      payload,
    })
    throw new ImportRolledBackError(error, notUndone)
  }
}
