import type { Payload, TypedUser } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Author, Event } from '@/payload-types'

import { WORKFLOW_CONTEXT_KEY } from '@/lib/workflow/context'
import { PUBLISH_APPROVED_TASK } from '@/lib/workflow/scheduledPublication'
import { transitionDocument } from '@/lib/workflow/transitions'
import { graphqlRequest, restRequest } from '@/tests/helpers/inProcessApi'

/**
 * The doors issue #14 found around editorial approval, tried as an analyst (and as editors) would,
 * through Payload's own REST and GraphQL handlers and through the Local API with access control
 * switched off: whatever the path, a person cannot change what readers see outside a checked
 * workflow transition, and every change readers see leaves an audit row.
 */

let payload: Payload
const PASSWORD = 'doors-password-1'
type Person = { token: string; user: TypedUser }
let analyst: Person
let editor: Person
let otherEditor: Person
let admin: Person
let analystAuthor: Author
let counter = 0

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${++counter}`

const signUp = async (role: 'admin' | 'analyst' | 'editor', name: string): Promise<Person> => {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}@doors.example`
  const user = await payload.create({
    collection: 'users',
    data: { email, name, password: PASSWORD, role },
    overrideAccess: true,
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  return { token: token!, user: { ...user, collection: 'users' } }
}

const publishedEvent = (title = unique('Summit')) =>
  payload.create({
    collection: 'events',
    data: { _status: 'published', date: '2025-05-01', datePrecision: 'day', kind: 'summit', location: 'Astana', title },
  })

const live = (id: number | string) =>
  payload.findByID({ collection: 'events', depth: 0, disableErrors: true, id: id as number, overrideAccess: false })

const auditOf = async (collection: string, id: number | string) =>
  (
    await payload.find({
      collection: 'workflow-events',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
      where: { documentCollection: { equals: collection }, documentId: { equals: String(id) } },
    })
  ).docs

beforeAll(async () => {
  payload = await getPayload({ config })
  payload.logger.level = 'warn'
  admin = await signUp('admin', 'Door Admin')
  analyst = await signUp('analyst', 'Door Analyst')
  editor = await signUp('editor', 'Door Editor')
  otherEditor = await signUp('editor', 'Door Second Editor')
  analystAuthor = await payload.create({
    collection: 'authors',
    data: { _status: 'published', name: 'Door Analyst', user: analyst.user.id as number },
  })
})

afterAll(async () => {
  await payload.destroy()
})

describe('the doors issue #14 found', () => {
  it('should not let an analyst unpublish or delete a published event by restoring its newest draft version', async () => {
    const event = await publishedEvent()
    await restRequest(analyst.token, 'PATCH', `/events/${event.id}`, { location: 'Tashkent' })
    const versions = await restRequest(
      analyst.token,
      'GET',
      `/events/versions?where[parent][equals]=${event.id}&sort=-updatedAt`,
    )
    const newest = (versions.body?.docs as { id: number }[])[0]
    const restored = await restRequest(analyst.token, 'POST', `/events/versions/${newest.id}`)
    expect(restored.status).toBe(200)
    const deleted = await restRequest(analyst.token, 'DELETE', `/events/${event.id}`)
    expect(deleted.status).not.toBe(200)
    expect(await live(event.id)).toMatchObject({ _status: 'published', location: 'Astana' })
  })

  it('should make an analyst’s duplicate of a published event a draft nobody outside reads', async () => {
    const event = await publishedEvent()
    const copy = await restRequest(analyst.token, 'POST', `/events/${event.id}/duplicate?draft=false`, {
      title: unique('Copy'),
    })
    expect(copy.status).toBe(200)
    const doc = copy.body?.doc as Event
    expect([doc._status, doc.workflowStatus]).toEqual(['draft', 'draft'])
    expect(await live(doc.id)).toBeNull()
  })

  it('should not let an analyst put a copy of someone else’s article out under that byline', async () => {
    const other = await payload.create({ collection: 'authors', data: { _status: 'published', name: unique('Other') } })
    const article = await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: [other.id],
        body: { content: [{ content: [{ text: 'Body.', type: 'text' }], type: 'paragraph' }], type: 'doc' },
        dek: 'A dek for the test.',
        section: 'analysis',
        title: unique('Their article'),
      },
    })
    const copy = await restRequest(analyst.token, 'POST', `/articles/${article.id}/duplicate?draft=true`, {
      title: unique('My copy'),
    })
    expect(copy.status).toBe(403)
    expect(copy.body).toMatchObject({ errors: [{ message: expect.stringMatching(/carry your byline/) }] })
    const own = await restRequest(analyst.token, 'POST', `/articles/${article.id}/duplicate?draft=true`, {
      authors: [analystAuthor.id],
      title: unique('My own copy'),
    })
    expect(own.status).toBe(200)
  })
})

describe('publication flags a request can carry', () => {
  const versionsOf = async (id: number | string) =>
    (
      await payload.findVersions({
        collection: 'events',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        sort: 'createdAt',
        where: { parent: { equals: id } },
      })
    ).docs.map((version) => ({ location: version.version.location, status: version.version._status }))

  it('should refuse (un)publishing flags on a person’s save, which would rewrite the published version in place', async () => {
    const event = await publishedEvent()
    const before = await versionsOf(event.id)
    expect(before).toEqual([{ location: 'Astana', status: 'published' }])

    for (const query of ['unpublishAllLocales=true', 'publishAllLocales=true', 'publishSpecificLocale=en']) {
      for (const person of [analyst, editor]) {
        const byId = await restRequest(person.token, 'PATCH', `/events/${event.id}?draft=true&${query}`, {
          location: 'Rewritten',
        })
        expect(byId.status, query).toBe(400)
        expect(byId.body).toMatchObject({ errors: [{ message: expect.stringMatching(/workflow/) }] })
        if (query.startsWith('publishSpecificLocale')) {
          continue // Payload's bulk update does not read it.
        }
        const bulk = await restRequest(
          person.token,
          'PATCH',
          `/events?where[id][equals]=${event.id}&draft=true&${query}`,
          { location: 'Rewritten' },
        )
        expect(bulk.status, `bulk ${query}`).toBe(400)
      }
    }
    await expect(
      payload.update({
        collection: 'events',
        data: { location: 'Rewritten' },
        draft: true,
        id: event.id,
        overrideAccess: true,
        unpublishAllLocales: true,
        user: analyst.user,
      }),
    ).rejects.toThrow(/workflow/)
    expect((await versionsOf(event.id))[0]).toEqual({ location: 'Astana', status: 'published' })
    expect(await live(event.id)).toMatchObject({ _status: 'published', location: 'Astana' })
  })
})

describe('the rule underneath every path', () => {
  it('should turn a person’s edit into a draft even through the Local API with access control off', async () => {
    const event = await publishedEvent()
    for (const user of [analyst.user, editor.user]) {
      const saved = await payload.update({
        collection: 'events',
        data: { location: 'Bishkek' },
        id: event.id,
        overrideAccess: true,
        user,
      })
      expect(saved._status).toBe('draft')
    }
    await expect(
      payload.delete({ collection: 'events', id: event.id, overrideAccess: true, user: analyst.user }),
    ).rejects.toThrow(/Only an editor can delete/)
    await expect(
      payload.create({
        collection: 'events',
        data: {
          _status: 'published',
          date: '2025-01-01',
          datePrecision: 'day',
          kind: 'summit',
          title: unique('Direct'),
        },
        overrideAccess: true,
        user: editor.user,
      }),
    ).rejects.toThrow(/starts as a draft/)
    expect(await live(event.id)).toMatchObject({ _status: 'published', location: 'Astana' })
  })

  it('should refuse a live write that skips every hook, as a Payload operation added later might', async () => {
    const event = await publishedEvent()
    const stored = (await payload.db.findOne({ collection: 'events', where: { id: { equals: event.id } } }))!
    const asPerson = (user: TypedUser, context = {}) => ({ context, payloadAPI: 'REST' as const, user })
    await expect(
      payload.db.updateOne({
        collection: 'events',
        data: { ...stored, location: 'Osh' },
        id: event.id,
        req: asPerson(editor.user),
      }),
    ).rejects.toThrow(/only through review/)
    await expect(
      payload.db.updateMany({
        collection: 'events',
        data: { _status: 'draft' },
        req: asPerson(analyst.user),
        where: { id: { equals: event.id } },
      }),
    ).rejects.toThrow(/only through review/)
    // A transition that only moves a draft along is no key to the live document either.
    await expect(
      payload.db.deleteOne({
        collection: 'events',
        req: asPerson(analyst.user, { [WORKFLOW_CONTEXT_KEY]: { action: 'submit', to: 'in_review' } }),
        where: { id: { equals: event.id } },
      }),
    ).rejects.toThrow(/Only an editor can delete/)
    await expect(
      payload.db.updateOne({
        collection: 'events',
        data: { ...stored, location: 'Osh' },
        id: event.id,
        req: { payloadAPI: 'GraphQL' },
      }),
    ).rejects.toThrow(/only through review/)
    expect(await live(event.id)).toMatchObject({ _status: 'published', location: 'Astana' })
  })

  it('should refuse a version marked published outside a transition, which draft reads would show anyone', async () => {
    const event = await publishedEvent()
    await expect(
      payload.update({
        collection: 'events',
        data: { _status: 'published', location: 'Ashgabat' },
        draft: true,
        id: event.id,
        overrideAccess: true,
        user: analyst.user,
      }),
    ).rejects.toThrow(/only through review/)
    const forAnyone = await restRequest(null, 'GET', `/events/${event.id}?draft=true`)
    expect(forAnyone.body?.location).toBe('Astana')
  })

  it('should refuse a GraphQL restore that is not a draft restore, and accept one that is', async () => {
    const event = await publishedEvent()
    await payload.update({ collection: 'events', data: { location: 'Yerevan' }, draft: true, id: event.id })
    const { docs } = await payload.findVersions({
      collection: 'events',
      sort: '-updatedAt',
      where: { parent: { equals: event.id } },
    })
    const asLive = await graphqlRequest(
      editor.token,
      `mutation { restoreVersionEvent(id: ${JSON.stringify(docs[0].id)}, draft: false) { id } }`,
    )
    expect(JSON.stringify(asLive.errors)).toMatch(/restore it as a draft/)
    const asDraft = await graphqlRequest(
      editor.token,
      `mutation { restoreVersionEvent(id: ${JSON.stringify(docs[1].id)}, draft: true) { id } }`,
    )
    expect(asDraft.errors).toBeUndefined()
    expect(await live(event.id)).toMatchObject({ _status: 'published', location: 'Astana' })
  })
})

describe('the audit trail of what readers see', () => {
  it('should record a publication and an unpublication with who, how, from which state and what changed, and not deleting a draft', async () => {
    const event = await publishedEvent()
    await payload.update({ collection: 'events', data: { location: 'Dushanbe' }, id: event.id, user: analyst.user })
    await transitionDocument({ action: 'publish', collection: 'events', id: event.id, payload, user: editor.user })
    await transitionDocument({ action: 'unpublish', collection: 'events', id: event.id, payload, user: editor.user })
    await restRequest(editor.token, 'DELETE', `/events/${event.id}`)
    const rows = await auditOf('events', event.id)
    expect(
      rows.map((row) => [
        row.action,
        row.fromStatus,
        row.toStatus,
        row.liveChange,
        row.via,
        row.actorName,
        row.changedFields,
      ]),
    ).toEqual([
      ['create', null, 'published', 'published', 'local', 'System', null],
      ['publish', 'draft', 'published', 'changed', 'workflow', 'Door Editor', 'location'],
      ['unpublish', 'published', 'draft', 'unpublished', 'workflow', 'Door Editor', null],
    ])
  })

  it('should record an editor deleting a published document, and no row for draft saves', async () => {
    const event = await publishedEvent()
    await payload.update({ collection: 'events', data: { location: 'Kabul' }, id: event.id, user: editor.user })
    expect((await auditOf('events', event.id)).map((row) => row.action)).toEqual(['create'])
    const deleted = await restRequest(editor.token, 'DELETE', `/events?where[id][equals]=${event.id}`)
    expect(deleted.status).toBe(200)
    const rows = await auditOf('events', event.id)
    expect(rows.map((row) => [row.action, row.liveChange, row.via])).toEqual([
      ['create', 'published', 'local'],
      ['delete', 'deleted', 'rest'],
    ])
  })
})

describe('four eyes', () => {
  it('should let another editor, but not the author, publish an editor’s change', async () => {
    const event = await publishedEvent()
    await restRequest(editor.token, 'PATCH', `/events/${event.id}`, { location: 'Ankara' })
    const own = await restRequest(editor.token, 'POST', `/events/${event.id}/workflow/publish`)
    expect(own.status).toBe(403)
    expect(own.body).toMatchObject({ errors: [{ message: expect.stringMatching(/four-eyes/) }] })
    await restRequest(editor.token, 'POST', `/events/${event.id}/workflow/submit`)
    const ownApproval = await restRequest(editor.token, 'POST', `/events/${event.id}/workflow/approve`)
    expect(ownApproval.status).toBe(403)
    const other = await restRequest(otherEditor.token, 'POST', `/events/${event.id}/workflow/approve`)
    expect(other.status).toBe(200)
    expect((await live(event.id))?.location).toBe('Ankara')
  })

  it('should let an admin approve an editor’s change, and nobody approve what they submitted', async () => {
    const event = await publishedEvent()
    await payload.update({ collection: 'events', data: { location: 'Tbilisi' }, id: event.id, user: analyst.user })
    await transitionDocument({ action: 'submit', collection: 'events', id: event.id, payload, user: editor.user })
    await expect(
      transitionDocument({ action: 'approve', collection: 'events', id: event.id, payload, user: editor.user }),
    ).rejects.toThrow(/four-eyes/)
    await transitionDocument({ action: 'approve', collection: 'events', id: event.id, payload, user: admin.user })
    expect((await live(event.id))?.location).toBe('Tbilisi')
  })

  it('should let the author publish when FOUR_EYES is off', async () => {
    const event = await publishedEvent()
    await payload.update({ collection: 'events', data: { location: 'Almaty' }, id: event.id, user: editor.user })
    process.env.FOUR_EYES = 'off'
    try {
      await transitionDocument({ action: 'publish', collection: 'events', id: event.id, payload, user: editor.user })
    } finally {
      delete process.env.FOUR_EYES
    }
    expect((await live(event.id))?.location).toBe('Almaty')
  })
})

describe('approval and its scheduled publication', () => {
  it('should leave nothing approved and publish nothing when the approval fails after the publication was queued', async () => {
    const event = await publishedEvent()
    await payload.update({ collection: 'events', data: { location: 'Samarkand' }, id: event.id, user: analyst.user })
    await transitionDocument({ action: 'submit', collection: 'events', id: event.id, payload, user: analyst.user })
    const update = payload.update.bind(payload)
    payload.update = ((args: Parameters<typeof update>[0]) => {
      const transition = (args.context as Record<string, { action?: string }> | undefined)?.[WORKFLOW_CONTEXT_KEY]
      if (transition?.action === 'approve') {
        throw new Error('The disk is full.')
      }
      return update(args)
    }) as typeof payload.update
    const publishAt = new Date(Date.now() + 60_000)
    try {
      await expect(
        transitionDocument({
          action: 'approve',
          collection: 'events',
          id: event.id,
          payload,
          publishAt,
          user: editor.user,
        }),
      ).rejects.toThrow(/disk is full/)
    } finally {
      payload.update = update
    }
    const latest = await payload.findByID({ collection: 'events', draft: true, id: event.id })
    expect(latest.workflowStatus).toBe('in_review')
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: PUBLISH_APPROVED_TASK } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should publish nothing when the process stopped between queueing the publication and approving', async () => {
    const event = await publishedEvent()
    await payload.update({ collection: 'events', data: { location: 'Bukhara' }, id: event.id, user: analyst.user })
    await transitionDocument({ action: 'submit', collection: 'events', id: event.id, payload, user: analyst.user })
    // What approveForLater has done when a crash stops it before the second write.
    const job = await payload.jobs.queue({
      input: {
        approvedBy: String(editor.user.id),
        collection: 'events',
        docId: String(event.id),
        publishAt: new Date(Date.now() - 1_000).toISOString(),
      },
      task: PUBLISH_APPROVED_TASK,
    })
    await payload.jobs.runByID({ id: job.id })
    expect((await live(event.id))?.location).toBe('Astana')
    const latest = await payload.findByID({ collection: 'events', draft: true, id: event.id })
    expect([latest.workflowStatus, latest.location]).toEqual(['in_review', 'Bukhara'])
  })
})

describe('media', () => {
  const png = () =>
    sharp({ create: { background: '#224466', channels: 3, height: 4, width: 4 } })
      .png()
      .toBuffer()

  it('should keep an upload private until a published document shows it, and then leave it to editors', async () => {
    const bytes = await png()
    const media = await payload.create({
      collection: 'media',
      data: { alt: unique('Portrait') },
      file: { data: bytes, mimetype: 'image/png', name: 'portrait.png', size: bytes.length },
      overrideAccess: false,
      user: analyst.user,
    })
    const anonymousList = await restRequest(null, 'GET', `/media?where[id][equals]=${media.id}`)
    expect(anonymousList.body?.docs).toEqual([])
    const file = await restRequest(null, 'GET', `/media/file/${media.filename}`)
    expect(file.status).not.toBe(200)

    const author = await payload.create({
      collection: 'authors',
      data: { name: unique('Portrayed'), photo: media.id },
      draft: true,
      overrideAccess: false,
      user: analyst.user,
    })
    expect((await restRequest(null, 'GET', `/media/${media.id}`)).status).not.toBe(200)
    await transitionDocument({ action: 'publish', collection: 'authors', id: author.id, payload, user: editor.user })
    expect((await restRequest(null, 'GET', `/media/${media.id}`)).body?.alt).toBe(media.alt)

    const change = await restRequest(analyst.token, 'PATCH', `/media/${media.id}`, { alt: 'Replaced by an analyst' })
    expect(change.status).toBe(403)
    const editorChange = await restRequest(editor.token, 'PATCH', `/media/${media.id}`, { alt: 'Corrected alt text' })
    expect(editorChange.status).toBe(200)
    expect((await auditOf('media', media.id)).map((row) => [row.action, row.liveChange, row.changedFields])).toEqual([
      ['edit', 'changed', 'alt'],
    ])

    await transitionDocument({ action: 'unpublish', collection: 'authors', id: author.id, payload, user: editor.user })
    expect((await restRequest(null, 'GET', `/media/${media.id}`)).status).not.toBe(200)
    const analystDelete = await restRequest(analyst.token, 'DELETE', `/media/${media.id}`)
    expect(analystDelete.status).toBe(200)
  })
})

describe('the jobs queue over HTTP', () => {
  it('should run only for admins or a scheduler with the secret', async () => {
    const reader = await payload.create({
      collection: 'users',
      data: { email: 'reader@doors.example', name: 'Reader', password: PASSWORD, role: 'reader' },
      overrideAccess: true,
    })
    const { token: readerToken } = await payload.login({
      collection: 'users',
      data: { email: reader.email, password: PASSWORD },
    })
    expect((await restRequest(readerToken, 'GET', '/payload-jobs/run')).status).toBe(401)
    expect((await restRequest(analyst.token, 'GET', '/payload-jobs/run')).status).toBe(401)
    expect((await restRequest(editor.token, 'GET', '/payload-jobs/handle-schedules')).status).toBe(401)
    expect((await restRequest(admin.token, 'GET', '/payload-jobs/run')).status).toBe(200)
    process.env.CRON_SECRET = 'a-long-random-cron-secret'
    try {
      const withSecret = (secret: string) =>
        handleWithHeader('/payload-jobs/run', { Authorization: `Bearer ${secret}` })
      expect((await withSecret('a-long-random-cron-secret')).status).toBe(200)
      expect((await withSecret('a-long-random-cron-secreT')).status).toBe(401)
    } finally {
      delete process.env.CRON_SECRET
    }
    expect((await handleWithHeader('/payload-jobs/run', { Authorization: 'Bearer ' })).status).toBe(401)
  })
})

const handleWithHeader = async (path: string, headers: Record<string, string>) => {
  const { handleEndpoints } = await import('payload')
  return handleEndpoints({ config, request: new Request(`http://localhost:3000/api${path}`, { headers }) })
}
