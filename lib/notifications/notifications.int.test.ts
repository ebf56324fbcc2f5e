import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Notification, User } from '@/payload-types'

import { requestChanges, submitForReview, transitionDocument } from '@/lib/workflow/transitions'
import { actor, as } from '@/tests/helpers/actors'
import { createCountry, createUser } from '@/tests/helpers/fixtures'
import { graphqlCall, restCall } from '@/tests/security/accountsApi'
import { startMailServer } from '@/tests/security/accountsMailServer'

import type { OverdueItem } from './overdue'

import { SEND_DIGESTS_TASK } from './digest'
import { markNotificationsReadFor } from './queries'
import { notifyOverdueItems } from './overdue'

/**
 * Notifications through a real SMTP server in this process: who is mailed about what, the daily
 * digest, and that each person reaches (and marks read) only their own notifications.
 */

const PASSWORD = 'test-password-1'

let payload: Payload
let mail: Awaited<ReturnType<typeof startMailServer>>
let admin: User
let editor: User
let optedOut: User
let digestEditor: User
let analyst: User
let otherAnalyst: User
let reader: User
const env = { ...process.env }

const tokenOf = async (user: User) =>
  (await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token ?? ''

const auth = async (user: User) => ({ Authorization: `JWT ${await tokenOf(user)}` })

const mailsTo = (user: User) => mail.received.filter((received) => received.to.includes(user.email))

let sentinels = 0
/** Waits until a mail sent after everything before it has arrived, so "no mail" can be asserted. */
const settleMail = async () => {
  const address = `sentinel-${sentinels++}@crossroads.example`
  await new Promise((resolve) => setTimeout(resolve, 300))
  await payload.sendEmail({ subject: 'sentinel', text: 'sentinel', to: address })
  await mail.nextMail((received) => received.to.includes(address))
}

const rowsOf = async (user: User) =>
  (
    await payload.find({
      collection: 'notifications',
      overrideAccess: true,
      pagination: false,
      where: { recipient: { equals: user.id } },
    })
  ).docs

/** A country with a draft change by `author` waiting for review. */
const submittedCountry = async (author: User, name: string) => {
  const country = await createCountry(payload, { name })
  await payload.update({ collection: 'countries', data: { capital: 'New capital' }, id: country.id, ...as(author) })
  await submitForReview({ collection: 'countries', id: country.id, payload, user: actor(author) })
  return country
}

const staffUser = (role: 'admin' | 'analyst' | 'editor', preferences?: User['notificationPreferences']) =>
  createUser(payload, role).then((user) =>
    preferences
      ? payload.update({ collection: 'users', data: { notificationPreferences: preferences }, id: user.id })
      : user,
  )

beforeAll(async () => {
  mail = await startMailServer()
  process.env.SMTP_URL = mail.url
  process.env.SITE_URL = 'https://crossroads.example'
  // Imported only now, so the config is built from the settings above.
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  admin = await createUser(payload, 'admin')
  editor = await staffUser('editor')
  optedOut = await staffUser('editor', { submitted: false })
  digestEditor = await staffUser('editor', { delivery: 'dailyDigest' })
  analyst = await staffUser('analyst')
  otherAnalyst = await staffUser('analyst')
  reader = await payload.create({
    collection: 'users',
    data: { email: `reader-${Date.now()}@crossroads.example`, name: 'Reader', password: PASSWORD, role: 'reader' },
  })
})

afterAll(async () => {
  process.env = { ...env }
  await payload.destroy()
  await mail.close()
})

describe('notification mail', () => {
  it('should mail a submission to the editors who want it, with a link to the review and the settings', async () => {
    const country = await submittedCountry(analyst, 'Submitland')
    const received = await mail.nextMail((message) => message.to.includes(editor.email))
    await settleMail()
    expect(received.text).toContain('Subject: For review: Submitland')
    expect(received.text).toContain(`https://crossroads.example/admin/review/countries/${country.id}`)
    expect(received.text).toContain('https://crossroads.example/admin/account')
    expect(mailsTo(admin)).toHaveLength(1)
    expect(mailsTo(optedOut)).toHaveLength(0)
    expect(mailsTo(digestEditor)).toHaveLength(0)
    expect(mailsTo(analyst)).toHaveLength(0)
    expect(await rowsOf(optedOut)).toHaveLength(0)
    expect(await rowsOf(digestEditor)).toEqual([expect.objectContaining({ delivery: 'dailyDigest', emailedAt: null })])
  })

  it('should send a digest once per person with what is waiting, and nothing on a second run', async () => {
    await submittedCountry(analyst, 'Digestland')
    await settleMail()
    expect(mailsTo(digestEditor)).toHaveLength(0)
    await payload.jobs.queue({ input: {}, task: SEND_DIGESTS_TASK })
    await payload.jobs.run()
    const digest = await mail.nextMail((message) => message.to.includes(digestEditor.email))
    expect(digest.text).toContain('2 notifications since your last digest')
    expect(digest.text).toContain('For review: Submitland')
    expect(digest.text).toContain('For review: Digestland')
    expect((await rowsOf(digestEditor)).every((row) => row.emailedAt)).toBe(true)

    await payload.jobs.queue({ input: {}, task: SEND_DIGESTS_TASK })
    await payload.jobs.run()
    await settleMail()
    expect(mailsTo(digestEditor)).toHaveLength(1)
  })

  it('should never tell the actor about their own action', async () => {
    const country = await submittedCountry(editor, 'Selfland')
    await mail.nextMail((message) => message.to.includes(admin.email) && message.text.includes('Selfland'))
    await settleMail()
    expect(mailsTo(editor).filter((message) => message.text.includes('Selfland'))).toHaveLength(0)
    expect((await rowsOf(editor)).filter((row) => row.documentId === String(country.id))).toHaveLength(0)
  })

  it('should tell the submitter of a request for changes and of the approval, not the editor who acted', async () => {
    const country = await submittedCountry(otherAnalyst, 'Backland')
    await requestChanges({
      collection: 'countries',
      comment: 'Cite the decree.',
      id: country.id,
      payload,
      user: actor(editor),
    })
    const asked = await mail.nextMail((message) => message.to.includes(otherAnalyst.email))
    expect(asked.text).toContain('Subject: Changes requested: Backland')
    expect(asked.text).toContain('Cite the decree.')
    await submitForReview({ collection: 'countries', id: country.id, payload, user: actor(otherAnalyst) })
    await transitionDocument({
      action: 'approve',
      collection: 'countries',
      id: country.id,
      payload,
      user: actor(editor),
    })
    const approved = await mail.nextMail(
      (message) => message.to.includes(otherAnalyst.email) && message.text.includes('Approved: Backland'),
    )
    expect(approved.text).toContain(`https://crossroads.example/admin/collections/countries/${country.id}`)
    const kinds = (await rowsOf(editor)).filter((row) => row.documentTitle === 'Backland').map((row) => row.kind)
    // Both submissions, and neither the request for changes nor the approval the editor made.
    expect(kinds).toEqual(['submitted', 'submitted'])
  })

  it('should tell the submitter and every author when a scheduled publication goes out', async () => {
    const country = await createCountry(payload, { name: 'Laterland' })
    await payload.update({
      collection: 'countries',
      data: { capital: 'Co-written' },
      id: country.id,
      ...as(otherAnalyst),
    })
    await payload.update({ collection: 'countries', data: { capital: 'Scheduled' }, id: country.id, ...as(analyst) })
    await submitForReview({ collection: 'countries', id: country.id, payload, user: actor(analyst) })
    const publishAt = new Date(Date.now() + 60 * 60_000)
    await transitionDocument({
      action: 'approve',
      collection: 'countries',
      id: country.id,
      payload,
      publishAt,
      user: actor(editor),
    })
    vi.useFakeTimers({ now: publishAt.getTime() + 1_000, toFake: ['Date'] })
    await payload.jobs.run({ allQueues: true })
    vi.useRealTimers()
    for (const author of [analyst, otherAnalyst]) {
      const published = await mail.nextMail(
        (message) => message.to.includes(author.email) && message.text.includes('Published: Laterland'),
      )
      expect(published.text).toContain('was published at its scheduled time')
    }
    await settleMail()
    expect(mailsTo(editor).filter((message) => message.text.includes('Published: Laterland'))).toHaveLength(0)
  })

  it('should keep the transition when the mail cannot be sent', async () => {
    const spy = vi.spyOn(payload, 'sendEmail').mockRejectedValue(new Error('mail server down'))
    const country = await submittedCountry(analyst, 'Downland')
    spy.mockRestore()
    const saved = await payload.findByID({ collection: 'countries', draft: true, id: country.id, overrideAccess: true })
    expect(saved.workflowStatus).toBe('in_review')
    expect((await rowsOf(editor)).find((row) => row.documentTitle === 'Downland')).toMatchObject({ emailedAt: null })
  })
})

describe('overdue reminders', () => {
  it('should remind each assignee once per item and due date', async () => {
    const country = await createCountry(payload, { name: 'Lateland' })
    let dueAt = '2026-01-05T09:00:00.000Z'
    const findOverdueItems = async (): Promise<OverdueItem[]> => [
      { assignedTo: analyst.id, collection: 'countries', dueAt, id: country.id, title: country.name },
    ]
    await notifyOverdueItems({ findOverdueItems, payload })
    await notifyOverdueItems({ findOverdueItems, payload })
    const reminder = await mail.nextMail(
      (message) => message.to.includes(analyst.email) && message.text.includes('Lateland'),
    )
    expect(reminder.text).toContain('was due on 5 January 2026')
    dueAt = '2026-01-09T09:00:00.000Z'
    await notifyOverdueItems({ findOverdueItems, payload })
    await settleMail()
    const overdue = (await rowsOf(analyst)).filter((row) => row.kind === 'overdue')
    expect(overdue).toHaveLength(2)
    expect(mailsTo(analyst).filter((message) => message.text.includes('Overdue: Lateland'))).toHaveLength(2)
  })
})

describe('who reaches notifications', () => {
  let editorRow: Notification

  beforeAll(async () => {
    await submittedCountry(analyst, 'Accessland')
    editorRow = (await rowsOf(editor)).find((row) => row.documentTitle === 'Accessland')!
  })

  it('should let a person read their own notifications over REST and GraphQL', async () => {
    const rest = await restCall({ headers: await auth(editor), method: 'GET', path: `/notifications/${editorRow.id}` })
    expect(rest.status).toBe(200)
    const graphql = await graphqlCall({
      headers: await auth(editor),
      query: '{ Notifications(limit: 200) { docs { id title } } }',
    })
    const titles = (graphql.body as { data: { Notifications: { docs: { title: string }[] } } }).data.Notifications.docs
    expect(titles.map((doc) => doc.title)).toContain('For review: Accessland')
  })

  it.each([
    ['another editor', () => optedOut],
    ['an analyst', () => analyst],
    ['a reader', () => reader],
  ])('should show %s none of them, whatever the query', async (_, who) => {
    const headers = await auth(who())
    const byId = await restCall({ headers, method: 'GET', path: `/notifications/${editorRow.id}` })
    expect(byId.status).not.toBe(200)
    const byRecipient = await restCall({
      headers,
      method: 'GET',
      path: `/notifications?where[recipient][equals]=${editor.id}&depth=2`,
    })
    expect((byRecipient.body as null | { docs?: unknown[] })?.docs ?? []).toHaveLength(0)
    const graphql = await graphqlCall({
      headers,
      query: `{ Notifications(where: { recipient: { equals: ${JSON.stringify(editor.id)} } }) { docs { id title } } }`,
    })
    const docs = (graphql.body as { data?: { Notifications?: null | { docs: unknown[] } } }).data?.Notifications?.docs
    expect(docs ?? []).toHaveLength(0)
  })

  it('should show a signed-out visitor nothing', async () => {
    const answer = await restCall({ method: 'GET', path: '/notifications' })
    expect(answer.status).toBe(403)
  })

  it('should refuse creating and deleting notifications through the API', async () => {
    const headers = await auth(admin)
    const created = await restCall({
      body: { delivery: 'none', kind: 'mention', recipient: editor.id, title: 'Forged' },
      headers,
      path: '/notifications',
    })
    expect(created.status).toBe(403)
    const deleted = await restCall({
      headers: await auth(editor),
      method: 'DELETE',
      path: `/notifications/${editorRow.id}`,
    })
    expect(deleted.status).toBe(403)
  })

  it('should let a person mark their own notification read and change nothing else on it', async () => {
    const readAt = '2026-02-01T10:00:00.000Z'
    const answer = await restCall({
      body: { readAt, recipient: analyst.id, title: 'Rewritten' },
      headers: await auth(editor),
      method: 'PATCH',
      path: `/notifications/${editorRow.id}`,
    })
    expect(answer.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'notifications',
      depth: 0,
      id: editorRow.id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ readAt, recipient: editor.id, title: 'For review: Accessland' })
  })

  it('should not let anyone else mark it read, one by one or in bulk', async () => {
    const row = (await rowsOf(admin)).find((candidate) => candidate.documentTitle === 'Accessland')!
    const headers = await auth(editor)
    const single = await restCall({
      body: { readAt: new Date().toISOString() },
      headers,
      method: 'PATCH',
      path: `/notifications/${row.id}`,
    })
    expect(single.status).not.toBe(200)
    await restCall({
      body: { readAt: new Date().toISOString() },
      headers,
      method: 'PATCH',
      path: `/notifications?where[recipient][equals]=${admin.id}`,
    })
    const stored = await payload.findByID({ collection: 'notifications', depth: 0, id: row.id, overrideAccess: true })
    expect(stored.readAt ?? null).toBeNull()
  })
})

describe('reading the item marks its notices read', () => {
  it('should mark read only what the person opening the item was told about it', async () => {
    const country = await submittedCountry(analyst, 'Openland')
    const other = await submittedCountry(analyst, 'Otherland')
    const unreadOf = async (user: User, id: number | string) =>
      (await rowsOf(user)).filter((row) => row.documentId === String(id) && !row.readAt)
    expect(await unreadOf(editor, country.id)).toHaveLength(1)
    expect(await unreadOf(admin, country.id)).toHaveLength(1)

    const marked = await markNotificationsReadFor({
      documentCollection: 'countries',
      documentId: country.id,
      payload,
      user: { ...editor, collection: 'users' },
    })
    expect(marked).toBe(1)
    expect(await unreadOf(editor, country.id)).toHaveLength(0)
    // The admin's notice of the same item, and the editor's notice of another, stay unread.
    expect(await unreadOf(admin, country.id)).toHaveLength(1)
    expect(await unreadOf(editor, other.id)).toHaveLength(1)
    // A reader opening nothing of theirs marks nothing.
    expect(
      await markNotificationsReadFor({
        documentCollection: 'countries',
        documentId: other.id,
        payload,
        user: { ...reader, collection: 'users' },
      }),
    ).toBe(0)
    expect(await unreadOf(editor, other.id)).toHaveLength(1)
  })
})

describe('notification preferences', () => {
  it('should delete the notifications of an account deleted', async () => {
    const leaving = await staffUser('editor')
    await submittedCountry(analyst, 'Leavingland')
    expect(await rowsOf(leaving)).toHaveLength(1)
    await payload.delete({ collection: 'users', id: leaving.id, overrideAccess: true })
    expect(await rowsOf(leaving)).toHaveLength(0)
  })

  it('should let a person change their own preferences', async () => {
    const answer = await restCall({
      body: { notificationPreferences: { delivery: 'dailyDigest', mention: false } },
      headers: await auth(otherAnalyst),
      method: 'PATCH',
      path: `/users/${otherAnalyst.id}`,
    })
    expect(answer.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: otherAnalyst.id, overrideAccess: true })
    expect(stored.notificationPreferences).toMatchObject({ delivery: 'dailyDigest', mention: false })
  })

  it("should not let a member of staff change or read someone else's preferences", async () => {
    const headers = await auth(analyst)
    await restCall({
      body: { notificationPreferences: { delivery: 'none' } },
      headers,
      method: 'PATCH',
      path: `/users/${editor.id}`,
    })
    const stored = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
    expect(stored.notificationPreferences?.delivery).toBe('immediately')
    const graphql = await graphqlCall({
      headers,
      query: `{ User(id: ${JSON.stringify(editor.id)}) { notificationPreferences { delivery } } }`,
    })
    expect((graphql.body as { data?: { User?: unknown } }).data?.User ?? null).toBeNull()
  })

  it("should let an admin change anyone's preferences", async () => {
    const answer = await restCall({
      body: { notificationPreferences: { approved: false } },
      headers: await auth(admin),
      method: 'PATCH',
      path: `/users/${analyst.id}`,
    })
    expect(answer.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: analyst.id, overrideAccess: true })
    expect(stored.notificationPreferences?.approved).toBe(false)
  })
})
