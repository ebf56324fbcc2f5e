import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Observation, ReviewComment, User } from '@/payload-types'
import type * as InProcessApi from '@/tests/helpers/inProcessApi'

import { startMailServer } from '@/tests/security/accountsMailServer'
import { editorialData } from '@/tests/helpers/editorialDocs'
import { createCountry, createIndicator } from '@/tests/helpers/fixtures'

/**
 * Comments on a change under review, through Payload's own REST and GraphQL handlers as each role
 * would send them: who may read, write, edit, resolve and delete, and what the server decides
 * whatever a request says (author, mentions, thread, state).
 */

type Api = typeof InProcessApi
type Person = { token: string; user: User }

const PASSWORD = 'comments-password-1'
let payload: Payload
let api: Api
let mailServer: Awaited<ReturnType<typeof startMailServer>>
let admin: Person
let editor: Person
let otherEditor: Person
let analyst: Person
let reader: Person
let figure: Observation
const env = { ...process.env }

const signUp = async (role: User['role'], name: string): Promise<Person> => {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@comments.example`
  const user = await payload.create({ collection: 'users', data: { email, name, password: PASSWORD, role } })
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  return { token: token!, user }
}

const post = (person: null | Person, body: Record<string, unknown>) =>
  api.restRequest(person?.token, 'POST', '/review-comments?depth=0', body)

const patch = (person: null | Person, id: number | string, body: Record<string, unknown>) =>
  api.restRequest(person?.token, 'PATCH', `/review-comments/${id}?depth=0`, body)

const stored = (id: number | string) =>
  payload.findByID({ collection: 'review-comments', depth: 0, id, overrideAccess: true }) as Promise<ReviewComment>

const docOf = (response: { body: null | Record<string, unknown> }) => response.body?.doc as ReviewComment

const messageOf = (response: { body: null | Record<string, unknown> }) => JSON.stringify(response.body)

const onValue = (person: Person, body: string, extra: Record<string, unknown> = {}) =>
  post(person, { body, documentCollection: 'observations', documentId: String(figure.id), field: 'value', ...extra })

beforeAll(async () => {
  mailServer = await startMailServer()
  process.env.SMTP_URL = mailServer.url
  process.env.SITE_URL = 'https://crossroads.example'
  // Imported only now, so the config is built with the mail server above.
  const { default: config } = await import('@payload-config')
  api = await import('@/tests/helpers/inProcessApi')
  payload = await getPayload({ config })
  payload.logger.level = 'warn'
  admin = await signUp('admin', 'Comment Admin')
  editor = await signUp('editor', 'Comment Editor')
  otherEditor = await signUp('editor', 'Comment Second Editor')
  analyst = await signUp('analyst', 'Comment Analyst')
  reader = await signUp('reader', 'Comment Reader')
  const country = await createCountry(payload)
  const indicator = await createIndicator(payload)
  figure = await payload.create({
    collection: 'observations',
    data: {
      ...editorialData('observations', { authorId: 0, countryId: country.id, indicatorId: indicator.id }, 'comments'),
      _status: 'draft',
    } as never,
    draft: true,
  })
  const submitted = await api.restRequest(analyst.token, 'POST', `/observations/${figure.id}/workflow/submit`, {})
  expect(submitted.status).toBe(200)
})

afterAll(async () => {
  process.env = { ...env }
  await payload.destroy()
  await mailServer.close()
})

describe('starting a thread', () => {
  it('should keep the author, mentions, state and time the server decides, whatever the request says', async () => {
    const response = await onValue(editor, `@${analyst.user.email} is this in thousands?`, {
      author: analyst.user.id,
      createdAt: '2001-01-01T00:00:00.000Z',
      mentions: [admin.user.id],
      resolvedBy: editor.user.id,
      status: 'resolved',
    })
    expect(response.status, messageOf(response)).toBe(201)
    const comment = await stored(docOf(response).id)
    expect(comment.author).toBe(editor.user.id)
    expect(comment.mentions).toEqual([analyst.user.id])
    expect(comment.status).toBe('open')
    expect(comment.resolvedBy ?? null).toBeNull()
    expect(new Date(comment.createdAt).getFullYear()).toBeGreaterThan(2001)
    expect(comment).toMatchObject({
      documentCollection: 'observations',
      documentId: String(figure.id),
      documentStatus: 'in_review',
      field: 'value',
    })
    expect(comment.documentVersion).toBeTruthy()
  })

  it('should email the person mentioned with a link to the thread', async () => {
    const response = await onValue(editor, `Source? @${analyst.user.email}`)
    const id = docOf(response).id
    const mail = await mailServer.nextMail((message) => message.text.includes(`#comment-${id}`))
    expect(mail.to).toEqual([analyst.user.email])
    expect(mail.text).toContain('Comment Editor mentioned you')
    expect(mail.text).toContain(`https://crossroads.example/admin/review/observations/${figure.id}#comment-${id}`)
  })

  it('should refuse a mention of anyone who is not staff, naming the address', async () => {
    for (const address of [reader.user.email, 'nobody@comments.example']) {
      const response = await onValue(editor, `Ask @${address}`)
      expect(response.status).toBe(400)
      expect(messageOf(response)).toContain(`Nobody on the staff has the address @${address}`)
    }
    expect((await payload.count({ collection: 'review-comments', where: { body: { like: 'Ask @' } } })).totalDocs).toBe(
      0,
    )
  })

  it('should refuse a field the document does not have and a document that does not exist', async () => {
    const noField = await onValue(editor, 'Which field?', { field: 'password' })
    expect(noField.status).toBe(400)
    expect(messageOf(noField)).toContain('“password” is not a field of observations')
    const noDocument = await onValue(editor, 'Which figure?', { documentId: '999999' })
    expect(noDocument.status).toBe(400)
    expect(messageOf(noDocument)).toContain('does not exist')
  })
})

describe('replies', () => {
  it('should file a reply in its thread, on the thread’s document and field, one level deep', async () => {
    const root = docOf(await onValue(editor, 'Check the unit'))
    const reply = await post(analyst, {
      body: 'Fixed',
      documentCollection: 'articles',
      documentId: '1',
      parent: root.id,
    })
    expect(reply.status, messageOf(reply)).toBe(201)
    const replyToReply = await post(editor, { body: 'Thanks', parent: docOf(reply).id })
    expect(replyToReply.status, messageOf(replyToReply)).toBe(201)
    for (const answer of [docOf(reply), docOf(replyToReply)]) {
      expect(await stored(answer.id)).toMatchObject({
        documentCollection: 'observations',
        documentId: String(figure.id),
        field: 'value',
        parent: root.id,
        status: null,
      })
    }
  })
})

describe('editing', () => {
  it('should let only the author change a comment’s text, and nobody its author, thread or target', async () => {
    const comment = docOf(await onValue(analyst, 'My first thought'))
    const byEditor = await patch(editor, comment.id, { body: 'Put words in their mouth' })
    expect(byEditor.status).toBe(403)
    expect(messageOf(byEditor)).toContain('Only the author of a comment may change its text.')
    const byOtherAnalystPath = await patch(analyst, comment.id, {
      author: editor.user.id,
      body: `Second thought @${editor.user.email}`,
      documentId: '1',
      field: 'title',
    })
    expect(byOtherAnalystPath.status, messageOf(byOtherAnalystPath)).toBe(200)
    const edited = await stored(comment.id)
    expect(edited).toMatchObject({
      author: analyst.user.id,
      body: `Second thought @${editor.user.email}`,
      documentId: String(figure.id),
      field: 'value',
      mentions: [editor.user.id],
    })
    expect(edited.editedAt).toBeTruthy()
  })

  it('should not let an analyst reach another person’s comment at all', async () => {
    const comment = docOf(await onValue(editor, 'Editor’s note'))
    expect((await patch(analyst, comment.id, { body: 'Mine now' })).status).toBe(403)
    expect((await stored(comment.id)).body).toBe('Editor’s note')
  })
})

describe('resolving', () => {
  it('should let an editor resolve and reopen a thread, recording who and when', async () => {
    const root = docOf(await onValue(analyst, 'Is the source right?'))
    const resolved = await patch(otherEditor, root.id, { status: 'resolved' })
    expect(resolved.status, messageOf(resolved)).toBe(200)
    expect(await stored(root.id)).toMatchObject({ resolvedBy: otherEditor.user.id, status: 'resolved' })
    const reply = await post(analyst, { body: 'One more thing', parent: root.id })
    expect(reply.status).toBe(400)
    expect(messageOf(reply)).toContain('This thread is resolved: reopen it to reply.')
    expect((await patch(analyst, root.id, { body: 'Rewritten after the fact' })).status).toBe(409)
    const reopened = await patch(analyst, root.id, { status: 'open' })
    expect(reopened.status, messageOf(reopened)).toBe(200)
    expect(await stored(root.id)).toMatchObject({ resolvedAt: null, resolvedBy: null, status: 'open' })
  })

  it('should not let an analyst resolve an editor’s thread, even one they answered or are mentioned in', async () => {
    const root = docOf(await onValue(editor, `@${analyst.user.email} please confirm the year`))
    const reply = docOf(await post(analyst, { body: 'Confirmed', parent: root.id }))
    expect((await patch(analyst, root.id, { status: 'resolved' })).status).toBe(403)
    const onReply = await patch(analyst, reply.id, { status: 'resolved' })
    expect(onReply.status).toBe(400)
    expect(messageOf(onReply)).toContain('Resolve or reopen the thread, not one of its replies.')
    expect((await stored(root.id)).status).toBe('open')
  })

  it('should not let a bulk update by `where` change other people’s comments or text', async () => {
    const editorsThread = docOf(await onValue(editor, 'Bulk target'))
    const analystsThread = docOf(await onValue(analyst, 'Analyst’s own'))
    const everything = 'where[documentId][equals]=' + figure.id
    const byAnalyst = await api.restRequest(analyst.token, 'PATCH', `/review-comments?${everything}`, {
      status: 'resolved',
    })
    expect(byAnalyst.status).toBeLessThan(500)
    expect((await stored(editorsThread.id)).status).toBe('open')
    expect((await stored(analystsThread.id)).status).toBe('resolved')
    const byEditor = await api.restRequest(editor.token, 'PATCH', `/review-comments?${everything}`, {
      body: 'Everyone agrees with me',
    })
    expect(byEditor.status).toBeLessThan(500)
    expect((await stored(analystsThread.id)).body).toBe('Analyst’s own')
    const { totalDocs } = await payload.count({
      collection: 'review-comments',
      where: { and: [{ body: { equals: 'Everyone agrees with me' } }, { author: { not_equals: editor.user.id } }] },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('deleting', () => {
  it('should let an author delete an unanswered comment, keep answered ones, and let an admin remove a thread', async () => {
    const lonely = docOf(await onValue(analyst, 'Never mind'))
    expect((await api.restRequest(editor.token, 'DELETE', `/review-comments/${lonely.id}`)).status).toBe(403)
    expect((await api.restRequest(analyst.token, 'DELETE', `/review-comments/${lonely.id}`)).status).toBe(200)
    const root = docOf(await onValue(analyst, 'Answered'))
    const reply = docOf(await post(editor, { body: 'Answer', parent: root.id }))
    const refused = await api.restRequest(analyst.token, 'DELETE', `/review-comments/${root.id}`)
    expect(refused.status).toBe(409)
    expect(messageOf(refused)).toContain('stays with the item’s history')
    expect((await api.restRequest(admin.token, 'DELETE', `/review-comments/${root.id}`)).status).toBe(200)
    const left = await payload.count({ collection: 'review-comments', where: { id: { in: [root.id, reply.id] } } })
    expect(left.totalDocs).toBe(0)
  })

  it('should make a duplicate the duplicating person’s own comment', async () => {
    const original = docOf(await onValue(editor, 'Worth copying'))
    const copy = await api.restRequest(analyst.token, 'POST', `/review-comments/${original.id}/duplicate?depth=0`, {})
    expect(copy.status, messageOf(copy)).toBe(200)
    expect((await stored(docOf(copy).id)).author).toBe(analyst.user.id)
  })
})

describe('who reads comments', () => {
  const listQuery = '{ ReviewComments { docs { id body author { email } } } }'

  it('should show comments to staff over REST and GraphQL', async () => {
    const list = await api.restRequest(analyst.token, 'GET', '/review-comments?limit=100')
    expect(list.status).toBe(200)
    expect((list.body?.docs as unknown[]).length).toBeGreaterThan(3)
    const graph = await api.graphqlRequest(analyst.token, listQuery)
    expect(graph.errors).toBeUndefined()
    expect((graph.data?.ReviewComments?.docs as unknown[]).length).toBeGreaterThan(3)
  })

  it('should not let readers or signed-out visitors read, write or count comments over REST or GraphQL', async () => {
    const [one] = (await payload.find({ collection: 'review-comments', limit: 1 })).docs
    for (const person of [reader, null]) {
      const token = person?.token
      expect((await api.restRequest(token, 'GET', '/review-comments')).status).toBe(403)
      expect((await api.restRequest(token, 'GET', `/review-comments/${one.id}`)).status).toBe(403)
      expect((await api.restRequest(token, 'GET', '/review-comments/count')).status).toBe(403)
      expect((await onValue(person as Person, 'Reader’s view')).status).toBe(403)
      const graph = await api.graphqlRequest(token, listQuery)
      expect(graph.data?.ReviewComments ?? null).toBeNull()
      expect(graph.errors).toBeDefined()
      const single = await api.graphqlRequest(token, `{ ReviewComment(id: ${JSON.stringify(one.id)}) { body } }`)
      expect(single.data?.ReviewComment ?? null).toBeNull()
    }
  })

  it('should create a comment over GraphQL with the author from the session', async () => {
    const graph = await api.graphqlRequest(
      analyst.token,
      `mutation ($data: mutationReviewCommentInput!) { createReviewComment(data: $data) { id status author { id } } }`,
      {
        data: {
          body: 'Over GraphQL',
          documentCollection: 'observations',
          documentId: String(figure.id),
        },
      },
    )
    expect(graph.errors, JSON.stringify(graph.errors)).toBeUndefined()
    const created = graph.data?.createReviewComment as { author: { id: number }; id: number; status: string }
    expect(created.status).toBe('open')
    expect((await stored(created.id)).author).toBe(analyst.user.id)
  })
})
