import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Author, ChangeDigest, Country, Indicator, Observation, User } from '@/payload-types'

import { approveAndPublish, submitForReview } from '@/lib/workflow/transitions'
import { actor, as } from '@/tests/helpers/actors'
import { editorialData } from '@/tests/helpers/editorialDocs'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { startMailServer } from '@/tests/security/accountsMailServer'

import { oneClickUnsubscribePath, sendChangeDigests, unsubscribePath } from './send'

/**
 * Readers hear of approved changes to what they follow: a daily mail through a real SMTP server
 * and a private RSS feed, with old → new values and sources, nothing about their account, and a
 * one-click stop. Nobody else reads or rewrites a person's digest.
 */

let payload: Payload
let mailServer: Awaited<ReturnType<typeof startMailServer>>
const env = { ...process.env }

let analyst: User
let editor: User
let admin: User
let follower: User
let otherReader: User
let followerToken: string
let otherToken: string
let adminToken: string
let followed: Country
let compared: Country
let unrelated: Country
let indicator: Indicator
let otherIndicator: Indicator
let author: Author

const PASSWORD = 'test-password-1'

const createReader = (name: string) =>
  payload.create({
    collection: 'users',
    data: {
      email: `${name}-${Date.now()}@readers.example`,
      name: `Reader ${name}`,
      password: PASSWORD,
      role: 'reader',
    },
  })

const tokenOf = async (user: User) =>
  (await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token!

const source = {
  accessed: '2026-01-10T00:00:00.000Z',
  publisher: 'Statistics Office',
  url: 'https://stat.example.org/t',
}

/** A figure through the workflow: the analyst's draft, approved and published by the editor. */
const publishFigure = async (data: Partial<Observation>, id?: number) => {
  const draft = id
    ? await payload.update({ collection: 'observations', data, draft: true, id, ...as(analyst) })
    : await payload.create({
        collection: 'observations',
        data: { period: { kind: 'year', year: 2024 }, source, ...data } as Observation,
        draft: true,
        ...as(analyst),
      })
  await submitForReview({ collection: 'observations', id: draft.id, payload, user: actor(analyst) })
  await approveAndPublish({ collection: 'observations', id: draft.id, payload, user: actor(editor) })
  return draft
}

const publishArticleOn = (country: Country, title: string) =>
  payload.create({
    collection: 'articles',
    data: {
      ...editorialData('articles', { authorId: author.id, countryId: country.id, indicatorId: indicator.id }, title),
      _status: 'published',
      countries: [country.id],
      publishedAt: new Date().toISOString(),
      title,
    } as never,
    overrideAccess: true,
  })

const subscriptionOf = async (user: User): Promise<ChangeDigest> =>
  (
    await payload.find({
      collection: 'change-digests',
      depth: 0,
      overrideAccess: true,
      where: { user: { equals: user.id } },
    })
  ).docs[0]!

const mailsTo = (user: User) => mailServer.received.filter((mail) => mail.to.includes(user.email))

beforeAll(async () => {
  mailServer = await startMailServer()
  process.env.SMTP_URL = mailServer.url
  process.env.MAIL_FROM = 'Crossroads <digest@crossroads.example>'
  process.env.SITE_URL = 'https://crossroads.example'
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  admin = await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
  follower = await createReader('follower')
  otherReader = await createReader('other')
  ;[followerToken, otherToken, adminToken] = await Promise.all([
    tokenOf(follower),
    tokenOf(otherReader),
    tokenOf(admin),
  ])
  followed = await createCountry(payload, { name: 'Followland', slug: 'followland' })
  compared = await createCountry(payload, { name: 'Comparestan', slug: 'comparestan' })
  // The saved comparison's second country.
  await createCountry(payload, { name: 'Partneria', slug: 'partneria' })
  unrelated = await createCountry(payload, { name: 'Elsewhere', slug: 'elsewhere' })
  indicator = await createIndicator(payload, {
    _status: 'published',
    decimals: 1,
    name: 'Trade turnover',
    scale: '1e9',
    slug: 'trade-turnover',
    unit: 'USD',
  } as Partial<Indicator>)
  otherIndicator = await createIndicator(payload, {
    _status: 'published',
    name: 'Other measure',
    slug: 'other-measure',
  } as Partial<Indicator>)
  author = await payload.create({
    collection: 'authors',
    data: { _status: 'published', name: 'Test Author' } as never,
    overrideAccess: true,
  })

  await payload.create({ collection: 'follows', data: { country: followed.id, user: follower.id }, ...as(follower) })
  await payload.create({
    collection: 'saved-comparisons',
    data: { query: 'countries=comparestan,partneria&indicators=trade-turnover', title: 'My pair', user: follower.id },
    ...as(follower),
  })
})

afterAll(async () => {
  process.env = { ...env }
  await payload.destroy()
  await mailServer.close()
})

describe('the daily digest of approved changes', () => {
  let revisedFigure: Observation

  it('should start from the moment it is turned on, not from the first day of the account', async () => {
    // Published before the digest existed: never mailed.
    revisedFigure = await publishFigure({ country: followed.id, indicator: indicator.id, value: 3_000_000_000 })
    const created = await payload.create({
      collection: 'change-digests',
      data: { email: true, user: follower.id },
      ...as(follower),
    })
    expect(created.lastSentAt).toEqual(expect.any(String))
    expect(await sendChangeDigests(payload)).toEqual({ failed: 0, sent: 0 })
  })

  it('should mail the follower each approved change to what they follow, old → new with its source, and nothing else', async () => {
    await publishFigure({ value: 3_400_000_000 }, revisedFigure.id)
    await publishFigure({ country: compared.id, indicator: indicator.id, value: 1_200_000_000 })
    // Not followed: another country, or a compared country on an indicator the comparison does not hold.
    await publishFigure({ country: unrelated.id, indicator: indicator.id, value: 9_000_000_000 })
    await publishFigure({ country: compared.id, indicator: otherIndicator.id, value: 77 })
    await publishArticleOn(followed, 'What the new trade figures mean')
    await publishArticleOn(unrelated, 'A story from elsewhere')

    expect(await sendChangeDigests(payload)).toEqual({ failed: 0, sent: 1 })
    const mail = await mailServer.nextMail((received) => received.to.includes(follower.email))
    expect(mail.text).toMatch(/Subject: Crossroads: 2 figures and 1 analysis changed in what you follow/)
    expect(mail.text).toContain('Revised: Followland: Trade turnover, 2024')
    expect(mail.text).toContain('$3.0 bn · 2024 → $3.4 bn · 2024')
    expect(mail.text).toContain('Source: Statistics Office, https://stat.example.org/t')
    expect(mail.text).toContain('You follow Followland')
    expect(mail.text).toContain('New figure: Comparestan: Trade turnover, 2024')
    expect(mail.text).toContain('Your saved comparison “My pair”')
    expect(mail.text).toContain('New analysis: What the new trade figures mean')
    expect(mail.text).toContain(`https://crossroads.example/figures/${revisedFigure.id}`)
    expect(mail.text).not.toContain('Elsewhere')
    expect(mail.text).not.toContain('Other measure')
    expect(mail.text).not.toContain('A story from elsewhere')
    // No account data in the body: not the address, not the name.
    const body = mail.text.slice(mail.text.indexOf('\r\n\r\n'))
    expect(body).not.toContain(follower.email)
    expect(body).not.toContain(follower.name!)
    const subscription = await subscriptionOf(follower)
    expect(mail.text).toContain(`https://crossroads.example${unsubscribePath(subscription.unsubscribeToken!)}`)
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
    // The header names the address a mail client posts to, not the page with the button.
    expect(mail.text.replace(/\r\n\s+/g, ' ')).toContain(
      `List-Unsubscribe: <https://crossroads.example${oneClickUnsubscribePath(subscription.unsubscribeToken!)}>`,
    )
    expect(mailsTo(otherReader)).toHaveLength(0)
  })

  it('should send nothing twice: a second run the same day mails nobody', async () => {
    const before = mailsTo(follower).length
    expect(await sendChangeDigests(payload)).toEqual({ failed: 0, sent: 0 })
    expect(mailsTo(follower)).toHaveLength(before)
  })

  it('should stop with one click on the unsubscribe link, and a made-up token changes nothing', async () => {
    const { POST } = await import('@/app/api/digest/unsubscribe/[token]/route')
    const subscription = await subscriptionOf(follower)
    const wrong = await POST(new Request('https://crossroads.example/api/digest/unsubscribe/x', { method: 'POST' }), {
      params: Promise.resolve({ token: 'A'.repeat(32) }),
    })
    expect(wrong.headers.get('location')).toContain('result=invalid')
    expect((await subscriptionOf(follower)).email).toBe(true)

    const done = await POST(new Request('https://crossroads.example/api/digest/unsubscribe/x', { method: 'POST' }), {
      params: Promise.resolve({ token: subscription.unsubscribeToken! }),
    })
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toContain('result=done')
    expect((await subscriptionOf(follower)).email).toBe(false)

    await publishFigure({ value: 3_500_000_000 }, revisedFigure.id)
    expect(await sendChangeDigests(payload)).toEqual({ failed: 0, sent: 0 })
  })
})

describe('the private feed', () => {
  it('should list the approved changes with old → new values, privately, for its token only', async () => {
    const { GET } = await import('@/app/(frontend)/feeds/changes/[file]/route')
    const { feedToken } = await subscriptionOf(follower)
    const response = await GET(new Request('https://crossroads.example/'), {
      params: Promise.resolve({ file: `${feedToken}.xml` }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const rss = await response.text()
    expect(rss).toContain('<title>Crossroads — changes to what you follow</title>')
    expect(rss).toContain('Revised: Followland: Trade turnover, 2024')
    expect(rss).toContain('$3.4 bn · 2024 → $3.5 bn · 2024')
    expect(rss).not.toContain('Elsewhere')
    expect(rss).not.toContain(follower.email)

    const unknown = await GET(new Request('https://crossroads.example/'), {
      params: Promise.resolve({ file: `${'B'.repeat(32)}.xml` }),
    })
    expect(unknown.status).toBe(404)
  })
})

describe('who may read and change a digest', () => {
  // Imported late: the in-process API builds the config, which must see the mail settings above.
  const api = () => import('@/tests/helpers/inProcessApi')
  it('should let nobody else read a person’s digest and its tokens, admins included, over REST and GraphQL', async () => {
    const { graphqlRequest, restRequest } = await api()
    const subscription = await subscriptionOf(follower)
    for (const token of [otherToken, adminToken, null]) {
      const list = await restRequest(token, 'GET', '/change-digests?depth=0')
      expect(list.body?.docs ?? []).toEqual([])
      const one = await restRequest(token, 'GET', `/change-digests/${subscription.id}`)
      expect([401, 403, 404]).toContain(one.status)
      const graphql = await graphqlRequest(token, '{ ChangeDigests { docs { id feedToken unsubscribeToken } } }')
      expect(JSON.stringify(graphql)).not.toContain(subscription.feedToken!)
    }
    const own = await restRequest(followerToken, 'GET', '/change-digests?depth=0')
    expect((own.body?.docs as ChangeDigest[]).map((doc) => doc.feedToken)).toEqual([subscription.feedToken])
  })

  it('should ignore tokens, times and owners sent by a client', async () => {
    const { restRequest } = await api()
    const made = await restRequest(otherToken, 'POST', '/change-digests', {
      email: false,
      feedToken: 'C'.repeat(32),
      lastSentAt: '2000-01-01T00:00:00.000Z',
      user: follower.id,
    })
    expect(made.status).toBe(201)
    const stored = await subscriptionOf(otherReader)
    expect(stored.feedToken).not.toBe('C'.repeat(32))
    expect(stored.lastSentAt ?? null).toBeNull()
    expect((await subscriptionOf(follower)).user).toBe(follower.id)

    const subscription = await subscriptionOf(follower)
    const rewrite = await restRequest(followerToken, 'PATCH', `/change-digests/${subscription.id}`, {
      feedToken: 'D'.repeat(32),
      unsubscribeToken: 'E'.repeat(32),
    })
    expect(rewrite.status).toBe(200)
    const after = await subscriptionOf(follower)
    expect(after.feedToken).toBe(subscription.feedToken)
    expect(after.unsubscribeToken).toBe(subscription.unsubscribeToken)

    // Another reader cannot switch someone else's digest on, by id or by a bulk `where`.
    const byId = await restRequest(otherToken, 'PATCH', `/change-digests/${subscription.id}`, { email: true })
    expect([403, 404]).toContain(byId.status)
    await restRequest(otherToken, 'PATCH', `/change-digests?where[user][equals]=${follower.id}`, { email: true })
    await restRequest(otherToken, 'DELETE', `/change-digests?where[user][equals]=${follower.id}`)
    const untouched = await subscriptionOf(follower)
    expect(untouched.email).toBe(false)
  })

  it('should refuse the same over GraphQL and by duplicating, and keep one digest per person', async () => {
    const { graphqlRequest, restRequest } = await api()
    const subscription = await subscriptionOf(follower)
    // GraphQL ids are Int on SQLite and String on MongoDB.
    const idType = typeof subscription.id === 'number' ? 'Int' : 'String'
    const update = await graphqlRequest(
      otherToken,
      `mutation ($id: ${idType}!) { updateChangeDigest(id: $id, data: { email: true }) { id feedToken } }`,
      { id: subscription.id },
    )
    expect(update.errors).toBeDefined()
    expect(JSON.stringify(update)).not.toContain(subscription.feedToken!)
    // The same mutation from the owner goes through, so the refusal above is the access rule's.
    const own = await graphqlRequest(
      followerToken,
      `mutation ($id: ${idType}!) { updateChangeDigest(id: $id, data: { email: false }) { id feedToken } }`,
      { id: subscription.id },
    )
    expect(own.errors).toBeUndefined()
    expect(JSON.stringify(own)).toContain(subscription.feedToken!)
    const remove = await graphqlRequest(
      otherToken,
      `mutation ($id: ${idType}!) { deleteChangeDigest(id: $id) { id } }`,
      {
        id: subscription.id,
      },
    )
    expect(remove.errors).toBeDefined()
    const copy = await restRequest(otherToken, 'POST', `/change-digests/${subscription.id}/duplicate`, {})
    expect(copy.status).not.toBe(201)
    // The owner cannot make a second digest (and so a second set of tokens) for themselves either.
    const second = await restRequest(followerToken, 'POST', '/change-digests', { email: true })
    expect(second.status).not.toBe(201)
    const { totalDocs } = await payload.count({
      collection: 'change-digests',
      overrideAccess: true,
      where: { user: { equals: follower.id } },
    })
    expect(totalDocs).toBe(1)
    expect(await subscriptionOf(follower)).toMatchObject({ email: false, feedToken: subscription.feedToken })
  })
})
