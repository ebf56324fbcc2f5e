import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, User } from '@/payload-types'

import { loggedEmails } from '@/lib/email/logEmailAdapter'
import { actor, as } from '@/tests/helpers/actors'
import { createCountry } from '@/tests/helpers/fixtures'
import { graphqlRequest, restRequest } from '@/tests/helpers/inProcessApi'

import { findOverdueItems } from './assignment'
import { WORKFLOW_ASSIGNMENT_KEY } from './context'
import { getDesk } from './desk'
import { getReviewQueue } from './reviewQueue'
import { transitionDocument } from './transitions'

const PASSWORD = 'assign-password-1'
const IN_A_WEEK = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString()
const IN_TWO_DAYS = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString()

type Person = { token: null | string; user: User }

let payload: Payload
let editor: Person
let otherEditor: Person
let admin: Person
let analyst: Person
let otherAnalyst: Person
let reader: Person

let count = 0
const person = async (role: User['role']): Promise<Person> => {
  const email = `assign-${role}-${++count}@crossroads.example`
  const user = await payload.create({
    collection: 'users',
    data: { email, name: `${role[0].toUpperCase()}${role.slice(1)} ${count}`, password: PASSWORD, role },
    overrideAccess: true,
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  return { token: token ?? null, user }
}

/** A published country with a draft change by `author`, not yet submitted. */
const draftChange = async (author: Person = analyst): Promise<Country> => {
  const country = await createCountry(payload)
  await payload.update({
    collection: 'countries',
    data: { capital: `Changed ${++count}` },
    id: country.id,
    ...as(author.user),
  })
  return country
}

const latest = async (id: number | string) =>
  payload.findByID({ collection: 'countries', depth: 0, draft: true, id, overrideAccess: true })

const assignmentOf = async (id: number | string) => {
  const doc = await latest(id)
  const assignee = doc.assignedTo
  return {
    assignedTo: assignee && typeof assignee === 'object' ? assignee.id : (assignee ?? null),
    dueAt: doc.dueAt ?? null,
    status: doc.workflowStatus,
  }
}

const auditOf = async (id: number | string) =>
  (
    await payload.find({
      collection: 'workflow-events',
      overrideAccess: true,
      sort: 'createdAt',
      where: { and: [{ documentId: { equals: String(id) } }, { action: { equals: 'assign' } }] },
    })
  ).docs.map((event) => event.summary)

const submit = (who: Person, id: number | string, body: Record<string, unknown> = {}) =>
  restRequest(who.token, 'POST', `/countries/${id}/workflow/submit`, body)

const assign = (who: Person | null, id: number | string, body: Record<string, unknown>) =>
  restRequest(who?.token, 'POST', `/countries/${id}/workflow/assign`, body)

const gqlAssign = (who: Person | null, id: number | string, args: string) =>
  graphqlRequest(
    who?.token,
    `mutation { workflowAssign(collection: countries, id: "${id}"${args}) { assignedTo dueAt } }`,
  )

const errorOf = (response: { body: null | Record<string, unknown> }) =>
  String((response.body?.errors as { message: string }[] | undefined)?.[0]?.message ?? '')

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await person('editor')
  otherEditor = await person('editor')
  admin = await person('admin')
  analyst = await person('analyst')
  otherAnalyst = await person('analyst')
  reader = await person('reader')
})

afterAll(async () => {
  await payload.destroy()
})

describe('assignment on submission', () => {
  it('should assign the change to the chosen editor with a due date, audit it and tell the editor', async () => {
    const country = await draftChange()
    loggedEmails.length = 0
    const response = await submit(analyst, country.id, { assignTo: editor.user.id, dueAt: IN_A_WEEK })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await assignmentOf(country.id)).toEqual({
      assignedTo: editor.user.id,
      dueAt: IN_A_WEEK,
      status: 'in_review',
    })
    expect(await auditOf(country.id)).toEqual([
      `Assigned: ${country.name} to ${editor.user.name}, due ${new Date(IN_A_WEEK).toLocaleString('en-GB', {
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        month: 'short',
        timeZone: 'UTC',
        year: 'numeric',
      })} UTC`,
    ])
    const notice = loggedEmails.find((mail) => mail.subject === `Assigned to you: ${country.name}`)
    expect(notice?.to).toContain(editor.user.email)
  })

  it('should read a calendar day as the end of that day in UTC', async () => {
    const country = await draftChange()
    const day = IN_A_WEEK.slice(0, 10)
    expect((await submit(analyst, country.id, { assignTo: editor.user.id, dueAt: day })).status).toBe(200)
    expect((await assignmentOf(country.id)).dueAt).toBe(`${day}T23:59:59.999Z`)
    expect(await auditOf(country.id)).toEqual([
      `Assigned: ${country.name} to ${editor.user.name}, due ${new Date(`${day}T12:00:00Z`).toLocaleString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC', year: 'numeric' })}`,
    ])
  })

  it('should leave the change to the desk when no reviewer is chosen', async () => {
    const country = await draftChange()
    expect((await submit(analyst, country.id)).status).toBe(200)
    expect(await assignmentOf(country.id)).toEqual({ assignedTo: null, dueAt: null, status: 'in_review' })
    expect(await auditOf(country.id)).toEqual([])
  })

  it('should refuse a reviewer who is not an editor or admin, and submit nothing', async () => {
    const country = await draftChange()
    for (const target of [analyst, otherAnalyst, reader]) {
      const response = await submit(analyst, country.id, { assignTo: target.user.id })
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
    expect(errorOf(await submit(analyst, country.id, { assignTo: otherAnalyst.user.id }))).toMatch(
      /is not an editor or an admin/,
    )
    expect(errorOf(await submit(analyst, country.id, { assignTo: analyst.user.id }))).toMatch(
      /cannot assign a change to yourself/,
    )
    expect(errorOf(await submit(analyst, country.id, { assignTo: 987654 }))).toMatch(/No staff account/)
    expect(await assignmentOf(country.id)).toEqual({ assignedTo: null, dueAt: null, status: 'draft' })
  })

  it('should refuse a due date in the past or one that is not a date', async () => {
    const country = await draftChange()
    const past = await submit(analyst, country.id, { assignTo: editor.user.id, dueAt: '2020-01-01' })
    expect(past.status).toBe(400)
    expect(errorOf(past)).toMatch(/must be in the future/)
    const nonsense = await submit(analyst, country.id, { dueAt: 'next Tuesday' })
    expect(errorOf(nonsense)).toMatch(/not a valid date/)
    expect((await assignmentOf(country.id)).status).toBe('draft')
  })

  it('should assign through the GraphQL transition mutation too', async () => {
    const country = await draftChange()
    const { data, errors } = await graphqlRequest(
      analyst.token,
      `mutation { workflowTransition(collection: countries, id: "${country.id}", action: submit, assignTo: "${editor.user.id}", dueAt: "${IN_A_WEEK}") { to } }`,
    )
    expect(errors).toBeUndefined()
    expect(data?.workflowTransition?.to).toBe('in_review')
    expect(await assignmentOf(country.id)).toMatchObject({ assignedTo: editor.user.id, dueAt: IN_A_WEEK })
  })

  it('should refuse, under four eyes, an editor reviewing a change they submitted', async () => {
    const country = await draftChange(editor)
    const response = await submit(editor, country.id, { assignTo: editor.user.id })
    expect(response.status).toBe(409)
    expect(errorOf(response)).toMatch(/four-eyes/)
  })
})

describe('reassignment', () => {
  it('should let an editor reassign, change the due date and return the change to the desk, auditing each', async () => {
    const country = await draftChange()
    await submit(analyst, country.id, { assignTo: editor.user.id })
    const moved = await assign(editor, country.id, { assignTo: otherEditor.user.id, dueAt: IN_TWO_DAYS })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body).toMatchObject({ assignedTo: otherEditor.user.id, dueAt: IN_TWO_DAYS })
    expect((await assign(admin, country.id, { dueAt: null })).status).toBe(200)
    expect(await assignmentOf(country.id)).toEqual({
      assignedTo: otherEditor.user.id,
      dueAt: null,
      status: 'in_review',
    })
    expect((await assign(otherEditor, country.id, { assignTo: null })).status).toBe(200)
    expect(await assignmentOf(country.id)).toEqual({ assignedTo: null, dueAt: null, status: 'in_review' })
    const summaries = await auditOf(country.id)
    expect(summaries).toHaveLength(4)
    expect(summaries[1]).toMatch(
      new RegExp(`^Reassigned: ${country.name} \\(${editor.user.name} → ${otherEditor.user.name}\\), due `),
    )
    expect(summaries[2]).toBe(`Due date removed: ${country.name}`)
    expect(summaries[3]).toBe(`Returned to the desk: ${country.name} (was ${otherEditor.user.name})`)
  })

  it('should reassign over GraphQL with the same checks', async () => {
    const country = await draftChange()
    await submit(analyst, country.id, { assignTo: editor.user.id })
    const done = await gqlAssign(editor, country.id, `, assignTo: "${otherEditor.user.id}"`)
    expect(done.errors).toBeUndefined()
    expect(done.data?.workflowAssign?.assignedTo).toBe(String(otherEditor.user.id))
    const refused = await gqlAssign(analyst, country.id, `, assignTo: "${editor.user.id}"`)
    expect(JSON.stringify(refused.errors)).toMatch(/only an editor or an admin can reassign/)
    expect((await assignmentOf(country.id)).assignedTo).toBe(otherEditor.user.id)
  })

  it('should refuse an analyst taking an editor’s change, reassigning it or assigning someone else’s submission', async () => {
    const country = await draftChange()
    await submit(analyst, country.id, { assignTo: editor.user.id, dueAt: IN_A_WEEK })
    const selfAssign = await assign(analyst, country.id, { assignTo: analyst.user.id })
    expect(selfAssign.status).toBe(403)
    expect(errorOf(selfAssign)).toMatch(/yourself/)
    const reassign = await assign(analyst, country.id, { assignTo: otherEditor.user.id })
    expect(reassign.status).toBe(403)
    expect((await assign(analyst, country.id, { dueAt: IN_TWO_DAYS })).status).toBe(403)
    expect((await assign(otherAnalyst, country.id, { assignTo: otherEditor.user.id })).status).toBe(403)
    expect(await assignmentOf(country.id)).toEqual({
      assignedTo: editor.user.id,
      dueAt: IN_A_WEEK,
      status: 'in_review',
    })
  })

  it('should let an analyst choose a reviewer for their own submission that nobody has yet', async () => {
    const country = await draftChange()
    await submit(analyst, country.id)
    expect((await assign(otherAnalyst, country.id, { assignTo: editor.user.id })).status).toBe(403)
    expect((await assign(analyst, country.id, { assignTo: editor.user.id })).status).toBe(200)
    expect((await assignmentOf(country.id)).assignedTo).toBe(editor.user.id)
  })

  it('should refuse readers and signed-out visitors over REST and GraphQL', async () => {
    const country = await draftChange()
    await submit(analyst, country.id, { assignTo: editor.user.id })
    for (const who of [reader, null]) {
      const rest = await assign(who, country.id, { assignTo: otherEditor.user.id })
      expect([403, 404]).toContain(rest.status)
      const gql = await gqlAssign(who, country.id, `, assignTo: "${otherEditor.user.id}"`)
      expect(gql.errors).toBeDefined()
      expect(gql.data?.workflowAssign ?? null).toBeNull()
    }
    const rest = await restRequest(reader.token, 'GET', `/countries/${country.id}?draft=true&depth=0`)
    expect(rest.body?.assignedTo).toBeUndefined()
    expect(rest.body?.dueAt).toBeUndefined()
    expect((await assignmentOf(country.id)).assignedTo).toBe(editor.user.id)
  })

  it('should assign only a change in review', async () => {
    const country = await draftChange()
    const response = await assign(editor, country.id, { assignTo: otherEditor.user.id })
    expect(response.status).toBe(409)
    expect(errorOf(response)).toMatch(/Only a change in review can be assigned; this one is draft/)
  })
})

describe('assignment through the rest of the workflow', () => {
  it('should keep the reviewer when changes are requested and on resubmission, and clear it on approval', async () => {
    const country = await draftChange()
    await submit(analyst, country.id, { assignTo: editor.user.id, dueAt: IN_A_WEEK })
    await transitionDocument({
      action: 'requestChanges',
      collection: 'countries',
      comment: 'Cite the decree.',
      id: country.id,
      payload,
      user: actor(editor.user),
    })
    expect(await assignmentOf(country.id)).toEqual({
      assignedTo: editor.user.id,
      dueAt: IN_A_WEEK,
      status: 'changes_requested',
    })
    const resubmitElsewhere = await submit(analyst, country.id, { assignTo: otherEditor.user.id })
    expect(resubmitElsewhere.status).toBe(403)
    expect((await submit(analyst, country.id, { dueAt: IN_TWO_DAYS })).status).toBe(200)
    expect(await assignmentOf(country.id)).toEqual({
      assignedTo: editor.user.id,
      dueAt: IN_TWO_DAYS,
      status: 'in_review',
    })
    await transitionDocument({
      action: 'approve',
      collection: 'countries',
      id: country.id,
      payload,
      user: actor(editor.user),
    })
    expect(await assignmentOf(country.id)).toEqual({ assignedTo: null, dueAt: null, status: 'published' })
  })

  it('should clear the reviewer when the change is withdrawn', async () => {
    const country = await draftChange()
    await submit(analyst, country.id, { assignTo: editor.user.id, dueAt: IN_A_WEEK })
    expect((await restRequest(analyst.token, 'POST', `/countries/${country.id}/workflow/withdraw`, {})).status).toBe(
      200,
    )
    expect(await assignmentOf(country.id)).toEqual({ assignedTo: null, dueAt: null, status: 'draft' })
  })
})

describe('every other door to the assignment fields', () => {
  it('should ignore the fields in an update by ID, an update by where and a GraphQL update', async () => {
    const country = await draftChange()
    await submit(analyst, country.id, { assignTo: editor.user.id, dueAt: IN_A_WEEK })
    const forged = { assignedTo: analyst.user.id, dueAt: IN_TWO_DAYS }
    for (const who of [analyst, editor]) {
      await restRequest(who.token, 'PATCH', `/countries/${country.id}?draft=true`, { capital: 'Forged', ...forged })
      await restRequest(who.token, 'PATCH', `/countries?draft=true&where[id][equals]=${country.id}`, {
        capital: 'Forged by where',
        ...forged,
      })
      await graphqlRequest(
        who.token,
        `mutation($data: mutationCountryUpdateInput!) { updateCountry(id: ${JSON.stringify(country.id)}, data: $data, draft: true) { id } }`,
        { data: { capital: 'Forged by GraphQL', ...forged } },
      )
    }
    expect((await latest(country.id)).capital).toBe('Forged by GraphQL')
    expect(await assignmentOf(country.id)).toEqual({
      assignedTo: editor.user.id,
      dueAt: IN_A_WEEK,
      status: 'in_review',
    })
    expect(await auditOf(country.id)).toHaveLength(1)
  })

  it('should give a duplicate no reviewer and keep the reviewer through a version restore', async () => {
    const country = await draftChange()
    await submit(analyst, country.id, { assignTo: editor.user.id })
    const copy = await restRequest(editor.token, 'POST', `/countries/${country.id}/duplicate`, {
      iso3: 'QZX',
      name: `Copy ${++count}`,
    })
    expect(copy.status, JSON.stringify(copy.body)).toBeLessThan(300)
    const copyId = (copy.body?.doc as { id: number }).id
    expect(await assignmentOf(copyId)).toEqual({ assignedTo: null, dueAt: null, status: 'draft' })

    const { docs: versions } = await payload.findVersions({
      collection: 'countries',
      overrideAccess: true,
      sort: '-updatedAt',
      where: { parent: { equals: country.id } },
    })
    const assignedVersion = versions.find((version) => version.version.assignedTo)
    expect(assignedVersion).toBeDefined()
    await assign(editor, country.id, { assignTo: otherEditor.user.id })
    const restored = await restRequest(editor.token, 'POST', `/countries/versions/${assignedVersion!.id}`)
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect((await assignmentOf(country.id)).assignedTo).toBe(otherEditor.user.id)
  })
})

describe('the queue, the desk and overdue changes', () => {
  it('should list overdue changes first, filter by reviewer and find them for the reminder', async () => {
    const overdue = await draftChange()
    const fresh = await draftChange()
    const unassigned = await draftChange()
    await submit(analyst, fresh.id, { assignTo: otherEditor.user.id, dueAt: IN_A_WEEK })
    await submit(analyst, overdue.id, { assignTo: otherEditor.user.id, dueAt: IN_TWO_DAYS })
    await submit(analyst, unassigned.id)
    // Server code may set any date; people cannot set one in the past.
    await payload.update({
      collection: 'countries',
      context: { [WORKFLOW_ASSIGNMENT_KEY]: { assignedTo: otherEditor.user.id, dueAt: '2021-03-01T00:00:00.000Z' } },
      data: {},
      draft: true,
      id: overdue.id,
      overrideAccess: true,
    })

    const ours = (items: { id: number | string }[]) =>
      items.map((item) => item.id).filter((id) => [overdue.id, fresh.id, unassigned.id].includes(id as number))
    const theirs = await getReviewQueue({ assignee: String(otherEditor.user.id), payload, user: actor(editor.user) })
    expect(ours(theirs)).toEqual([overdue.id, fresh.id])
    expect(theirs[0].id).toBe(overdue.id)
    expect(theirs.every((item) => item.assignedTo?.name === otherEditor.user.name)).toBe(true)
    const mine = await getReviewQueue({ assignee: 'me', payload, user: actor(otherEditor.user) })
    expect(ours(mine)).toEqual([overdue.id, fresh.id])
    const desk = await getReviewQueue({ assignee: 'none', payload, user: actor(editor.user) })
    expect(desk.map((item) => item.id)).toContain(unassigned.id)
    expect(desk.map((item) => item.id)).not.toContain(fresh.id)
    const all = await getReviewQueue({ payload, user: actor(editor.user) })
    expect(all[0].id).toBe(overdue.id)

    const late = await findOverdueItems(payload, new Date())
    expect(late).toContainEqual({
      assignedTo: otherEditor.user.id,
      collection: 'countries',
      dueAt: '2021-03-01T00:00:00.000Z',
      id: overdue.id,
      title: overdue.name,
    })
    expect(late.map((item) => item.id)).not.toContain(fresh.id)
  })

  it('should give editors their assigned changes and analysts their drafts, returns and waiting changes', async () => {
    const mineToReview = await draftChange(otherAnalyst)
    await submit(otherAnalyst, mineToReview.id, { assignTo: admin.user.id })
    const returned = await draftChange(otherAnalyst)
    await submit(otherAnalyst, returned.id)
    await transitionDocument({
      action: 'requestChanges',
      collection: 'countries',
      comment: 'Which year?',
      id: returned.id,
      payload,
      user: actor(admin.user),
    })
    const drafted = await draftChange(otherAnalyst)

    const adminDesk = await getDesk({ payload, user: actor(admin.user) })
    expect(adminDesk.isReviewer).toBe(true)
    expect(adminDesk.assignedToMe.map((item) => item.id)).toEqual([mineToReview.id])
    expect(adminDesk.waiting.map((item) => item.id)).toContain(mineToReview.id)
    expect(adminDesk.counts.byCollection.find((row) => row.collection === 'countries')?.count).toBe(
      adminDesk.waiting.filter((item) => item.collection === 'countries').length,
    )

    const analystDesk = await getDesk({ payload, user: actor(otherAnalyst.user) })
    expect(analystDesk.isReviewer).toBe(false)
    expect(analystDesk.myDrafts.map((item) => item.id)).toContain(drafted.id)
    expect(analystDesk.myDrafts.map((item) => item.id)).not.toContain(mineToReview.id)
    expect(analystDesk.cameBack).toMatchObject([{ id: returned.id, reviewComment: 'Which year?' }])
    expect(analystDesk.myWaiting).toMatchObject([{ assignedTo: { name: admin.user.name }, id: mineToReview.id }])
  })
})
