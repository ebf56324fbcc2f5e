import type { JSONContent } from '@tiptap/core'
import type { Payload } from 'payload'

import config from '@payload-config'
import { Forbidden, getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Author, Country, Indicator, Observation, StaleQuote, User } from '@/payload-types'

import { getOpenStaleQuotes } from '@/lib/staleQuotes/queue'
import { addCorrectionNote, dismissStaleQuote } from '@/lib/staleQuotes/resolve'
import { publishScheduledChange } from '@/lib/workflow/scheduledPublication'
import { approveAndPublish, submitForReview } from '@/lib/workflow/transitions'
import { actor, as } from '@/tests/helpers/actors'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { graphqlRequest, restRequest } from '@/tests/helpers/inProcessApi'

/**
 * The stale-number check (issue #16, part 4): an approved change of a published figure flags the
 * published articles quoting it — through a live figure node or a typed number — with the sentence,
 * old and new value; editors dismiss a flag or send a correction note through review.
 */
const PASSWORD = 'test-password-1'

let payload: Payload
let analyst: User
let editor: User
let secondEditor: User
let country: Country
let indicator: Indicator
let author: Author
let figure: Observation
let quoting: Article
let unrelated: Article
const tokens: Record<'admin' | 'analyst' | 'editor', string> = { admin: '', analyst: '', editor: '' }

const LIVE_SENTENCE = 'Qorvatia exported $1.2 bn of goods in 2024.'
const TYPED_SENTENCE = 'Qorvatia’s exports of $1.2 bn in 2024 were a record.'

const login = async (user: User) =>
  (await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token ?? ''

const text = (value: string): JSONContent => ({ text: value, type: 'text' })
const doc = (...paragraphs: JSONContent[][]): JSONContent => ({
  content: paragraphs.map((content) => ({ content, type: 'paragraph' })),
  type: 'doc',
})

/** A published article, written by server code as the seed writes them. */
const publishedArticle = (title: string, body: JSONContent) =>
  payload.create({
    collection: 'articles',
    data: { _status: 'published', authors: [author.id], body, dek: 'A dek.', section: 'analysis', title },
  })

const REASON = 'The statistics office revised its series.'

/**
 * An analyst changes the figure's value and an editor approves and publishes the change: through
 * the transition function, the REST transition endpoint, or a partial approval of a batch.
 */
const approveNewValue = async (value: number, via: 'batch' | 'local' | 'rest' | 'schedule' = 'local') => {
  await payload.update({ collection: 'observations', data: { value }, draft: true, id: figure.id, ...as(analyst) })
  await submitForReview({ collection: 'observations', id: figure.id, payload, user: actor(analyst) })
  if (via === 'schedule') {
    const publishAt = new Date(Date.now() + 3_600_000).toISOString()
    await approveAndPublish({
      collection: 'observations',
      id: figure.id,
      payload,
      publishAt,
      reason: REASON,
      user: actor(editor),
    })
    await publishScheduledChange(payload, {
      approvedBy: String(editor.id),
      collection: 'observations',
      docId: String(figure.id),
      publishAt,
    })
    return
  }
  if (via === 'local') {
    await approveAndPublish({ collection: 'observations', id: figure.id, payload, reason: REASON, user: actor(editor) })
    return
  }
  const response =
    via === 'rest'
      ? await restRequest(tokens.editor, 'POST', `/observations/${figure.id}/workflow/approve`, { reason: REASON })
      : await restRequest(tokens.editor, 'POST', '/observations/workflow/batch', {
          approve: [{ id: figure.id, reason: REASON }],
        })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

const flagsOf = async (article: Article) =>
  (
    await payload.find({
      collection: 'stale-quotes',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'kind',
      where: { article: { equals: article.id } },
    })
  ).docs

const flagOf = async (article: Article, kind: StaleQuote['kind']) =>
  (await flagsOf(article)).find((flag) => flag.kind === kind)!

beforeAll(async () => {
  payload = await getPayload({ config })
  // The first account ever created becomes an admin.
  tokens.admin = await login(await createUser(payload, 'admin'))
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
  secondEditor = await createUser(payload, 'editor')
  tokens.analyst = await login(analyst)
  tokens.editor = await login(editor)
  // Names the importer's country detection reads as words (no digits).
  country = await createCountry(payload, { name: 'Qorvatia' })
  await createCountry(payload, { name: 'Zembria' })
  indicator = await createIndicator(payload, { scale: '1e9', unit: 'USD' })
  author = await payload.create({
    collection: 'authors',
    data: { _status: 'published', name: 'Test Analyst', user: analyst.id },
  })
  figure = await payload.create({
    collection: 'observations',
    data: {
      _status: 'published',
      country: country.id,
      indicator: indicator.id,
      period: { kind: 'year', year: 2024 },
      qualifier: 'actual',
      source: { url: 'https://stat.example.org/exports' },
      value: 1.2e9,
    },
  })
  quoting = await publishedArticle(
    'Qorvatia exports a record',
    doc(
      [
        text('Qorvatia exported '),
        { attrs: { label: '$1.2 bn', observationId: String(figure.id) }, type: 'indicatorFigure' },
        text(' of goods in 2024. Analysts were surprised.'),
      ],
      [text(`${TYPED_SENTENCE} Nobody expected it.`)],
    ),
  )
  unrelated = await publishedArticle(
    'Zembria trades too',
    doc(
      [
        { attrs: { countryId: String(country.id), label: 'Qorvatia' }, type: 'countryMention' },
        text(' and its neighbours.'),
      ],
      [text('Zembria exported $1.2 bn in 2024. Qorvatia exported $1.2 bn in 2023. Exports were $3.4 bn in 2024.')],
    ),
  )
  await approveNewValue(1.5e9)
})

afterAll(async () => {
  await payload.destroy()
})

describe('flagging when an approved change alters a published figure', () => {
  it('should flag the sentence of a live figure node with the old and new value', async () => {
    expect(await flagOf(quoting, 'liveFigure')).toMatchObject({
      articleTitle: 'Qorvatia exports a record',
      newText: '$1.5 bn',
      newValue: 1.5e9,
      oldText: '$1.2 bn',
      oldValue: 1.2e9,
      sentence: LIVE_SENTENCE,
      status: 'open',
    })
  })

  it('should flag the sentence of a typed number tied to the figure', async () => {
    expect(await flagOf(quoting, 'typedNumber')).toMatchObject({
      newValue: 1.5e9,
      oldValue: 1.2e9,
      phrase: '$1.2 bn',
      quotedValue: 1.2e9,
      sentence: TYPED_SENTENCE,
      status: 'open',
    })
  })

  it('should not flag an article about the country quoting other countries, periods or values', async () => {
    expect(unrelated.countries).toMatchObject([{ id: country.id }])
    expect(await flagsOf(unrelated)).toEqual([])
  })

  it('should list the open flags in the editors’ queue', async () => {
    const items = await getOpenStaleQuotes({ payload, user: actor(editor) })
    expect(items.map((item) => [item.articleTitle, item.sentence, item.oldText, item.newText]).sort()).toEqual([
      ['Qorvatia exports a record', LIVE_SENTENCE, '$1.2 bn', '$1.5 bn'],
      ['Qorvatia exports a record', TYPED_SENTENCE, '$1.2 bn', '$1.5 bn'],
    ])
  })

  it('should give open flags the newest value when the figure changes again over REST, without duplicates', async () => {
    const revisited = await publishedArticle('Qorvatia revisited', doc([text('Qorvatia earned $1.5 bn in 2024.')]))
    await approveNewValue(1.6e9, 'rest')
    expect(await flagOf(revisited, 'typedNumber')).toMatchObject({ newText: '$1.6 bn', oldText: '$1.5 bn' })
    await dismissStaleQuote({ id: (await flagOf(revisited, 'typedNumber')).id, payload, user: actor(editor) })
    const flags = await flagsOf(quoting)
    expect(flags.map((flag) => [flag.kind, flag.oldText, flag.newText])).toEqual([
      ['liveFigure', '$1.2 bn', '$1.6 bn'],
      ['typedNumber', '$1.2 bn', '$1.6 bn'],
    ])
  })
})

describe('who may write flags and corrections', () => {
  it('should refuse readers and analysts the flags, and editors any plain write', async () => {
    const flag = await flagOf(quoting, 'typedNumber')
    expect((await restRequest(null, 'GET', '/stale-quotes')).status).toBe(403)
    expect((await restRequest(tokens.analyst, 'GET', '/stale-quotes')).status).toBe(403)
    const listed = await restRequest(tokens.editor, 'GET', '/stale-quotes?limit=100')
    expect((listed.body?.docs as StaleQuote[]).map((item) => item.id)).toContain(flag.id)
    for (const token of [null, tokens.analyst, tokens.editor, tokens.admin]) {
      expect((await restRequest(token, 'POST', '/stale-quotes', { ...flag, id: undefined })).status).toBe(403)
      expect((await restRequest(token, 'PATCH', `/stale-quotes/${flag.id}`, { status: 'dismissed' })).status).toBe(403)
      expect(
        (await restRequest(token, 'PATCH', `/stale-quotes?where[id][equals]=${flag.id}`, { status: 'dismissed' }))
          .status,
      ).toBe(403)
      expect((await restRequest(token, 'DELETE', `/stale-quotes/${flag.id}`)).status).toBe(403)
      const { data } = await graphqlRequest(
        token,
        `mutation { updateStaleQuote(id: ${flag.id}, data: { status: dismissed }) { id } }`,
      )
      expect(data?.updateStaleQuote ?? null).toBeNull()
    }
    await expect(
      payload.create({ collection: 'stale-quotes', data: { ...flag, id: undefined } as never, ...as(analyst) }),
    ).rejects.toThrow(Forbidden)
    expect((await flagOf(quoting, 'typedNumber')).status).toBe('open')
  })

  it('should refuse an analyst dismissing a flag or adding a correction note through the endpoints', async () => {
    const flag = await flagOf(quoting, 'typedNumber')
    expect((await restRequest(tokens.analyst, 'POST', `/stale-quotes/${flag.id}/dismiss`)).status).toBe(403)
    expect((await restRequest(null, 'POST', `/stale-quotes/${flag.id}/dismiss`)).status).toBe(401)
    expect(
      (await restRequest(tokens.analyst, 'POST', `/stale-quotes/${flag.id}/correct`, { text: 'Wrong.' })).status,
    ).toBe(403)
    expect((await flagOf(quoting, 'typedNumber')).status).toBe('open')
  })

  it('should drop a correction note an analyst writes on their own article', async () => {
    const response = await restRequest(tokens.analyst, 'PATCH', `/articles/${quoting.id}?draft=true`, {
      corrections: [{ date: '2026-12-05', text: 'An analyst’s own correction.' }],
      dek: 'A dek changed by the analyst.',
    })
    expect(response.status).toBe(200)
    const draft = await payload.findByID({ collection: 'articles', draft: true, id: quoting.id, overrideAccess: true })
    expect(draft.dek).toBe('A dek changed by the analyst.')
    expect(draft.corrections ?? []).toEqual([])
    const live = await payload.findByID({ collection: 'articles', id: quoting.id, overrideAccess: true })
    expect(live.corrections ?? []).toEqual([])
  })
})

describe('resolving flags', () => {
  it('should dismiss a flag when an editor finds the sentence still correct', async () => {
    const flag = await flagOf(quoting, 'liveFigure')
    const response = await restRequest(tokens.editor, 'POST', `/stale-quotes/${flag.id}/dismiss`)
    expect(response.status).toBe(200)
    expect(await flagOf(quoting, 'liveFigure')).toMatchObject({ resolvedBy: editor.id, status: 'dismissed' })
    expect((await restRequest(tokens.editor, 'POST', `/stale-quotes/${flag.id}/dismiss`)).status).toBe(409)
    const items = await getOpenStaleQuotes({ payload, user: actor(editor) })
    expect(items.map((item) => item.sentence)).toEqual([TYPED_SENTENCE])
  })

  it('should publish a correction note only when a second editor approves the article', async () => {
    const flag = await flagOf(quoting, 'typedNumber')
    await addCorrectionNote({
      id: flag.id,
      payload,
      text: 'An earlier version gave Qorvatia’s 2024 exports as $1.2 bn; the statistics office revised them to $1.6 bn.',
      user: actor(editor),
    })
    expect(await flagOf(quoting, 'typedNumber')).toMatchObject({ status: 'corrected' })
    const draft = await payload.findByID({ collection: 'articles', draft: true, id: quoting.id, overrideAccess: true })
    expect(draft.workflowStatus).toBe('in_review')
    expect(draft.corrections?.map((correction) => correction.text)).toEqual([
      'An earlier version gave Qorvatia’s 2024 exports as $1.2 bn; the statistics office revised them to $1.6 bn.',
    ])
    const beforeApproval = await payload.findByID({ collection: 'articles', id: quoting.id, overrideAccess: true })
    expect(beforeApproval.corrections ?? []).toEqual([])
    await expect(
      approveAndPublish({ collection: 'articles', id: quoting.id, payload, user: actor(editor) }),
    ).rejects.toThrow()
    await approveAndPublish({ collection: 'articles', id: quoting.id, payload, user: actor(secondEditor) })
    const live = await payload.findByID({ collection: 'articles', id: quoting.id, overrideAccess: true })
    expect(live.corrections).toHaveLength(1)
    expect(live.corrections?.[0].date).toBeTruthy()
    expect(await getOpenStaleQuotes({ payload, user: actor(editor) })).toEqual([])
  })

  it('should flag after a partial approval and refuse an empty correction note', async () => {
    const fresh = await publishedArticle('Qorvatia again', doc([text('Qorvatia earned $1.6 bn in 2024.')]))
    await approveNewValue(1.9e9, 'batch')
    expect(await flagOf(fresh, 'typedNumber')).toMatchObject({ newText: '$1.9 bn', oldText: '$1.6 bn' })
    const flag = await flagOf(fresh, 'typedNumber')
    expect((await restRequest(tokens.editor, 'POST', `/stale-quotes/${flag.id}/correct`, { text: '  ' })).status).toBe(
      400,
    )
    expect((await flagOf(fresh, 'typedNumber')).status).toBe('open')
  })

  it('should flag when a scheduled publication puts the new value live', async () => {
    const later = await publishedArticle('Qorvatia later', doc([text('Qorvatia earned $1.9 bn in 2024.')]))
    await approveNewValue(2.2e9, 'schedule')
    expect((await payload.findByID({ collection: 'observations', id: figure.id, overrideAccess: true })).value).toBe(
      2.2e9,
    )
    expect(await flagOf(later, 'typedNumber')).toMatchObject({ newText: '$2.2 bn', oldText: '$1.9 bn', status: 'open' })
  })
})
