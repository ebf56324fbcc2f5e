import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EditorialCollection, WorkflowAction } from '@/lib/workflow/states'

import { Users } from '@/collections/Users'
import { EDITORIAL_COLLECTIONS } from '@/lib/workflow/states'
import { transitionDocument } from '@/lib/workflow/transitions'
import { graphqlRequest, restRequest } from '@/tests/helpers/inProcessApi'
import { createEditorialDoc, editorialData, MARKER_FIELD, type EditorialRefs } from '@/tests/helpers/editorialDocs'

import { EXPECTED, expectedVerdict, MATRIX_ACTIONS, type MatrixAction, type Verdict } from './roleMatrix.expected'

/**
 * Every role attempts every action on every editorial collection, over REST and over GraphQL, and
 * the outcome is read back from the database — so "allowed" means the change really happened (or
 * the document really came back), whatever status code the API answered. Requests go through
 * Payload's own REST (`handleEndpoints`) and GraphQL (`GRAPHQL_POST`) handlers in this process:
 * the same code `app/(payload)/api` runs, with real tokens and no server to start or share a port.
 */

type Protocol = 'graphql' | 'rest'
type Id = number | string
type Actor = { authorId: Id | null; id: Id | null; role: string; token: null | string }

const PASSWORD = 'matrix-password-1'
const SINGULAR: Record<EditorialCollection, string> = {
  articles: 'Article',
  authors: 'Author',
  countries: 'Country',
  events: 'Event',
  indicators: 'Indicator',
  observations: 'Observation',
  organizations: 'Organization',
}

let payload: Payload
let otherAuthorId: Id
let shared: Omit<EditorialRefs, 'authorId'>
let victimId: Id
const actors: Actor[] = []
const mismatches: string[] = []
let cellsRun = 0

const rest = (actor: Actor, method: string, path: string, body?: unknown) =>
  restRequest(actor.token, method, path, body)

const graphql = (actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(actor.token, query, variables)

const idLiteral = (id: Id) => JSON.stringify(id)

const refsFor = (actor: Actor): EditorialRefs => ({ ...shared, authorId: actor.authorId ?? otherAuthorId })

let markerCount = 0
const newMarker = () => `marker-${++markerCount}`

const latest = (collection: EditorialCollection, id: Id) =>
  payload.findByID({ collection, depth: 0, disableErrors: true, draft: true, id, overrideAccess: true })

const live = (collection: EditorialCollection, id: Id) =>
  payload.findByID({ collection, depth: 0, disableErrors: true, id, overrideAccess: true })

const attemptTransition = async (
  protocol: Protocol,
  actor: Actor,
  collection: EditorialCollection,
  id: Id,
  action: WorkflowAction,
) => {
  const comment = 'Please cite a second source.'
  if (protocol === 'rest') {
    await rest(actor, 'POST', `/${collection}/${id}/workflow/${action}`, { comment })
  } else {
    await graphql(
      actor,
      `mutation($comment: String) { workflowTransition(collection: ${collection}, id: "${id}", action: ${action}, comment: $comment) { to } }`,
      { comment },
    )
  }
}

const attemptUpdate = async (
  protocol: Protocol,
  actor: Actor,
  collection: EditorialCollection,
  id: Id,
  data: Record<string, unknown>,
  isDraft: boolean,
) => {
  if (protocol === 'rest') {
    await rest(actor, 'PATCH', `/${collection}/${id}${isDraft ? '?draft=true' : ''}`, data)
  } else {
    const name = SINGULAR[collection]
    await graphql(
      actor,
      `mutation($data: mutation${name}UpdateInput!) { update${name}(id: ${idLiteral(id)}, data: $data, draft: ${isDraft}) { id } }`,
      { data },
    )
  }
}

/** Creates a document in the state the action needs, and submits it for review when asked. */
const prepare = async (actor: Actor, collection: EditorialCollection, state: 'draft' | 'in_review' | 'published') => {
  const marker = newMarker()
  const doc = await createEditorialDoc({
    collection,
    isPublished: state === 'published',
    marker,
    payload,
    refs: refsFor(actor),
  })
  if (state === 'in_review') {
    const admin = await payload.findByID({ collection: 'users', id: actors[0].id!, overrideAccess: true })
    await transitionDocument({
      action: 'submit',
      collection,
      id: doc.id,
      payload,
      user: { ...admin, collection: 'users' },
    })
  }
  return { id: doc.id as Id, marker }
}

const runCell = async (
  protocol: Protocol,
  actor: Actor,
  collection: EditorialCollection,
  action: MatrixAction,
): Promise<Verdict> => {
  const marker = MARKER_FIELD[collection]
  const name = SINGULAR[collection]
  switch (action) {
    case 'create': {
      const value = newMarker()
      const data = editorialData(collection, refsFor(actor), value)
      if (protocol === 'rest') {
        await rest(actor, 'POST', `/${collection}?draft=true`, data)
      } else {
        // GraphQL spells select values as enum names: the indicator scale '1' is `_1`.
        const graphqlData = collection === 'indicators' ? { ...data, scale: '_1' } : data
        await graphql(
          actor,
          `mutation($data: mutation${name}Input!) { create${name}(data: $data, draft: true) { id } }`,
          {
            data: graphqlData,
          },
        )
      }
      const { totalDocs } = await payload.count({
        collection,
        overrideAccess: true,
        where: { [marker]: { equals: value } },
      })
      return totalDocs > 0 ? 'allow' : 'deny'
    }
    case 'readDraft':
    case 'readPublished': {
      const doc = await prepare(actor, collection, action === 'readDraft' ? 'draft' : 'published')
      const isDraft = action === 'readDraft'
      if (protocol === 'rest') {
        const response = await rest(actor, 'GET', `/${collection}/${doc.id}?depth=0${isDraft ? '&draft=true' : ''}`)
        return response.status === 200 && response.body?.[marker] === doc.marker ? 'allow' : 'deny'
      }
      const response = await graphql(actor, `{ ${name}(id: ${idLiteral(doc.id)}, draft: ${isDraft}) { ${marker} } }`)
      return response.data?.[name]?.[marker] === doc.marker ? 'allow' : 'deny'
    }
    case 'updateOwnDraft':
    case 'updateOthersDraft': {
      const owner = action === 'updateOwnDraft' ? actor : { ...actor, authorId: otherAuthorId }
      const doc = await prepare(owner, collection, 'draft')
      const value = newMarker()
      await attemptUpdate(protocol, actor, collection, doc.id, { [marker]: value }, true)
      return (await latest(collection, doc.id))?.[marker as never] === value ? 'allow' : 'deny'
    }
    case 'submit': {
      const doc = await prepare(actor, collection, 'draft')
      await attemptTransition(protocol, actor, collection, doc.id, 'submit')
      return (await latest(collection, doc.id))?.workflowStatus === 'in_review' ? 'allow' : 'deny'
    }
    case 'requestChanges': {
      const doc = await prepare(actor, collection, 'in_review')
      await attemptTransition(protocol, actor, collection, doc.id, 'requestChanges')
      return (await latest(collection, doc.id))?.workflowStatus === 'changes_requested' ? 'allow' : 'deny'
    }
    case 'approve': {
      const doc = await prepare(actor, collection, 'in_review')
      await attemptTransition(protocol, actor, collection, doc.id, 'approve')
      const status = (await latest(collection, doc.id))?.workflowStatus
      return status === 'approved' || status === 'published' ? 'allow' : 'deny'
    }
    case 'publish': {
      const doc = await prepare(actor, collection, 'draft')
      // Two ways to publish: Payload's own (what the Publish button sends) and the workflow action.
      await attemptUpdate(protocol, actor, collection, doc.id, { _status: 'published' }, false)
      if ((await live(collection, doc.id))?._status !== 'published') {
        await attemptTransition(protocol, actor, collection, doc.id, 'publish')
      }
      return (await live(collection, doc.id))?._status === 'published' ? 'allow' : 'deny'
    }
    case 'unpublish': {
      const doc = await prepare(actor, collection, 'published')
      await attemptTransition(protocol, actor, collection, doc.id, 'unpublish')
      if ((await live(collection, doc.id))?._status !== 'draft') {
        await attemptUpdate(protocol, actor, collection, doc.id, { _status: 'draft' }, false)
      }
      return (await live(collection, doc.id))?._status === 'draft' ? 'allow' : 'deny'
    }
    case 'delete': {
      const doc = await prepare(actor, collection, 'published')
      if (protocol === 'rest') {
        await rest(actor, 'DELETE', `/${collection}/${doc.id}`)
      } else {
        await graphql(actor, `mutation { delete${name}(id: ${idLiteral(doc.id)}) { id } }`)
      }
      return (await live(collection, doc.id)) ? 'deny' : 'allow'
    }
  }
}

const runChangeRole = async (protocol: Protocol, actor: Actor): Promise<Verdict> => {
  const targets: [Id, string][] = [[victimId, 'editor']]
  if (actor.id && actor.role !== 'admin') {
    targets.push([actor.id, 'admin'])
  }
  for (const [id, role] of targets) {
    if (protocol === 'rest') {
      await rest(actor, 'PATCH', `/users/${id}`, { role })
    } else {
      await graphql(
        actor,
        `mutation($data: mutationUserUpdateInput!) { updateUser(id: ${idLiteral(id)}, data: $data) { id } }`,
        {
          data: { role },
        },
      )
    }
  }
  const changed = await Promise.all(
    targets.map(
      async ([id, role]) => (await payload.findByID({ collection: 'users', id, overrideAccess: true })).role === role,
    ),
  )
  await payload.update({ collection: 'users', data: { role: 'analyst' }, id: victimId, overrideAccess: true })
  if (actor.id) {
    await payload.update({
      collection: 'users',
      data: { role: actor.role as never },
      id: actor.id,
      overrideAccess: true,
    })
  }
  return changed.some(Boolean) ? 'allow' : 'deny'
}

const roleField = Users.fields.find((field) => 'name' in field && field.name === 'role')
const staffRoles =
  roleField && 'options' in roleField
    ? roleField.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []

/** Rows of the expected table whose role exists today (`anonymous` always does). */
const MATRIX_ROLES = Object.keys(EXPECTED).filter((role) => role === 'anonymous' || staffRoles.includes(role))

beforeAll(async () => {
  payload = await getPayload({ config })
  payload.logger.level = 'warn'
  const country = await payload.create({
    collection: 'countries',
    data: { _status: 'published', iso3: 'QQQ', kind: 'state', name: 'Matrixland', region: 'other' },
    overrideAccess: true,
  })
  const indicator = await payload.create({
    collection: 'indicators',
    data: {
      _status: 'published',
      category: 'trade',
      decimals: 1,
      description: 'Matrix indicator',
      kind: 'country',
      name: 'Matrix indicator',
      scale: '1',
      unit: 'USD',
    },
    overrideAccess: true,
  })
  shared = { countryId: country.id, indicatorId: indicator.id }
  otherAuthorId = (
    await payload.create({
      collection: 'authors',
      data: { _status: 'published', name: 'Someone Else' },
      overrideAccess: true,
    })
  ).id
  for (const role of MATRIX_ROLES) {
    if (role === 'anonymous') {
      actors.push({ authorId: null, id: null, role, token: null })
      continue
    }
    const email = `matrix-${role}@crossroads.example`
    const user = await payload.create({
      collection: 'users',
      data: { email, name: `Matrix ${role}`, password: PASSWORD, role: role as never },
      overrideAccess: true,
    })
    const author = await payload.create({
      collection: 'authors',
      data: { _status: 'published', name: `Matrix ${role} author`, user: user.id },
      overrideAccess: true,
    })
    const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
    actors.push({ authorId: author.id, id: user.id, role, token: token ?? null })
  }
  victimId = (
    await payload.create({
      collection: 'users',
      data: { email: 'matrix-victim@crossroads.example', name: 'Victim', password: PASSWORD, role: 'analyst' },
      overrideAccess: true,
    })
  ).id
})

afterAll(async () => {
  await payload.destroy()
})

describe('role × action matrix', () => {
  for (const protocol of ['rest', 'graphql'] as const) {
    for (const role of MATRIX_ROLES) {
      it(`should match the expected table for ${role} over ${protocol}`, async () => {
        const actor = actors.find((candidate) => candidate.role === role)!
        const found: string[] = []
        for (const collection of EDITORIAL_COLLECTIONS) {
          for (const action of MATRIX_ACTIONS) {
            const outcome = await runCell(protocol, actor, collection, action)
            cellsRun++
            const expected = expectedVerdict(role, action, collection)
            if (outcome !== expected) {
              found.push(`${role} ${protocol} ${action} ${collection}: got ${outcome}, expected ${expected}`)
            }
          }
        }
        const roleOutcome = await runChangeRole(protocol, actor)
        cellsRun++
        if (roleOutcome !== expectedVerdict(role, 'changeRole')) {
          found.push(
            `${role} ${protocol} changeRole: got ${roleOutcome}, expected ${expectedVerdict(role, 'changeRole')}`,
          )
        }
        mismatches.push(...found)
        expect(found).toEqual([])
      })
    }
  }

  it('should run every cell and report the totals', () => {
    const size = MATRIX_ROLES.length * (MATRIX_ACTIONS.length * EDITORIAL_COLLECTIONS.length + 1) * 2
    const unexpectedAllows = mismatches.filter((line) => line.endsWith('expected deny')).length
    const unexpectedDenies = mismatches.length - unexpectedAllows
    process.stdout.write(
      `\nRole × action matrix: ${cellsRun} of ${size} cells run — ${MATRIX_ROLES.length} roles (${MATRIX_ROLES.join(', ')}) × ` +
        `(${MATRIX_ACTIONS.length} actions × ${EDITORIAL_COLLECTIONS.length} collections + change role) × 2 protocols (REST, GraphQL); ` +
        `${unexpectedAllows} unexpected allows, ${unexpectedDenies} unexpected denies\n`,
    )
    expect(cellsRun).toBe(size)
    expect({ unexpectedAllows, unexpectedDenies }).toEqual({ unexpectedAllows: 0, unexpectedDenies: 0 })
  })
})
