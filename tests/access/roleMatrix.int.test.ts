import type { Payload, TypedUser } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EditorialCollection, WorkflowAction } from '@/lib/workflow/states'

import { Users } from '@/collections/Users'
import { EDITORIAL_COLLECTIONS } from '@/lib/workflow/states'
import { transitionDocument } from '@/lib/workflow/transitions'
import { graphqlRequest, restMultipartRequest, restRequest } from '@/tests/helpers/inProcessApi'
import { createEditorialDoc, editorialData, MARKER_FIELD, type EditorialRefs } from '@/tests/helpers/editorialDocs'

import {
  EXPECTED,
  expectedVerdict,
  MATRIX_ACTIONS,
  MEDIA_ACTIONS,
  type MatrixAction,
  type MediaAction,
  REST_ONLY_ACTIONS,
  type Verdict,
} from './roleMatrix.expected'

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
  places: 'Place',
}

let payload: Payload
let otherAuthorId: Id
let shared: Omit<EditorialRefs, 'authorId'>
let victimId: Id
/** An editor outside the matrix who submits documents for review, so that nobody in it wrote them. */
let submitter: TypedUser
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
  { isAutosave = false, isDraft }: { isAutosave?: boolean; isDraft: boolean },
) => {
  if (protocol === 'rest') {
    const query = [isDraft ? 'draft=true' : '', isAutosave ? 'autosave=true' : ''].filter(Boolean).join('&')
    await rest(actor, 'PATCH', `/${collection}/${id}${query ? `?${query}` : ''}`, data)
  } else {
    const name = SINGULAR[collection]
    await graphql(
      actor,
      `mutation($data: mutation${name}UpdateInput!) { update${name}(id: ${idLiteral(id)}, data: $data, draft: ${isDraft}, autosave: ${isAutosave}) { id } }`,
      { data },
    )
  }
}

/** GraphQL spells select values as enum names: the indicator scale '1' is `_1`. */
const forGraphql = (collection: EditorialCollection, data: Record<string, unknown>) =>
  collection === 'indicators' && 'scale' in data ? { ...data, scale: '_1' } : data

/** A duplicate of `id` carrying fresh unique values (codes, names) and `marker`. */
const attemptDuplicate = async (
  protocol: Protocol,
  actor: Actor,
  collection: EditorialCollection,
  id: Id,
  marker: string,
  isDraft: boolean,
) => {
  const data = editorialData(collection, refsFor(actor), marker)
  if (protocol === 'rest') {
    await rest(actor, 'POST', `/${collection}/${id}/duplicate?draft=${isDraft}`, data)
  } else {
    // GraphQL's duplicate has no draft argument: it is what an API client gets by default.
    const name = SINGULAR[collection]
    await graphql(
      actor,
      `mutation($data: mutation${name}Input!) { duplicate${name}(id: ${idLiteral(id)}, data: $data) { id } }`,
      { data: forGraphql(collection, data) },
    )
  }
}

const attemptRestore = async (
  protocol: Protocol,
  actor: Actor,
  collection: EditorialCollection,
  versionId: Id,
  isDraft: boolean,
) => {
  if (protocol === 'rest') {
    await rest(actor, 'POST', `/${collection}/versions/${versionId}${isDraft ? '?draft=true' : ''}`)
  } else {
    await graphql(
      actor,
      `mutation { restoreVersion${SINGULAR[collection]}(id: ${idLiteral(versionId)}, draft: ${isDraft}) { id } }`,
    )
  }
}

const documentsMarked = async (collection: EditorialCollection, value: string) =>
  (
    await payload.find({
      collection,
      depth: 0,
      draft: false,
      overrideAccess: true,
      where: { [MARKER_FIELD[collection]]: { equals: value } },
    })
  ).docs as unknown as Record<string, unknown>[]

/** Creates a document in the state the action needs; in review means submitted by someone else. */
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
    await transitionDocument({ action: 'submit', collection, id: doc.id, payload, user: submitter })
  }
  return { id: doc.id as Id, marker }
}

/** A published document with a later draft: the version ids of both, for restores. */
const prepareVersions = async (actor: Actor, collection: EditorialCollection) => {
  const published = await prepare(actor, collection, 'published')
  const draftMarker = newMarker()
  await payload.update({
    collection,
    data: { [MARKER_FIELD[collection]]: draftMarker },
    draft: true,
    id: published.id,
    overrideAccess: true,
  })
  const { docs } = await payload.findVersions({
    collection,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { parent: { equals: published.id } },
  })
  const versionWith = (value: string) =>
    docs.find((version) => (version.version as unknown as Record<string, unknown>)[MARKER_FIELD[collection]] === value)!
      .id as Id
  return { ...published, draftVersion: versionWith(draftMarker), publishedVersion: versionWith(published.marker) }
}

const isLiveWith = async (collection: EditorialCollection, id: Id, marker: string) => {
  const doc = await live(collection, id)
  return doc?._status === 'published' && doc[MARKER_FIELD[collection] as never] === marker
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
    case 'create':
    case 'createPublished': {
      const value = newMarker()
      const isPublished = action === 'createPublished'
      const data = {
        ...editorialData(collection, refsFor(actor), value),
        ...(isPublished ? { _status: 'published' } : {}),
      }
      if (protocol === 'rest') {
        await rest(actor, 'POST', `/${collection}${isPublished ? '' : '?draft=true'}`, data)
      } else {
        await graphql(
          actor,
          `mutation($data: mutation${name}Input!) { create${name}(data: $data, draft: ${!isPublished}) { id } }`,
          { data: forGraphql(collection, data) },
        )
      }
      const created = await documentsMarked(collection, value)
      if (isPublished) {
        return created.some((doc) => doc._status === 'published') ? 'allow' : 'deny'
      }
      return created.length > 0 ? 'allow' : 'deny'
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
      await attemptUpdate(protocol, actor, collection, doc.id, { [marker]: value }, { isDraft: true })
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
      return (await live(collection, doc.id))?._status === 'published' ? 'allow' : 'deny'
    }
    case 'publish': {
      const doc = await prepare(actor, collection, 'draft')
      await attemptTransition(protocol, actor, collection, doc.id, 'publish')
      return (await live(collection, doc.id))?._status === 'published' ? 'allow' : 'deny'
    }
    case 'unpublish': {
      const doc = await prepare(actor, collection, 'published')
      await attemptTransition(protocol, actor, collection, doc.id, 'unpublish')
      return (await live(collection, doc.id))?._status === 'draft' ? 'allow' : 'deny'
    }
    case 'delete':
    case 'deleteDraft': {
      const doc = await prepare(actor, collection, action === 'delete' ? 'published' : 'draft')
      if (protocol === 'rest') {
        await rest(actor, 'DELETE', `/${collection}/${doc.id}`)
      } else {
        await graphql(actor, `mutation { delete${name}(id: ${idLiteral(doc.id)}) { id } }`)
      }
      return (await live(collection, doc.id)) ? 'deny' : 'allow'
    }
    case 'duplicateAsDraft':
    case 'duplicateLive': {
      const doc = await prepare(actor, collection, 'published')
      const value = newMarker()
      await attemptDuplicate(protocol, actor, collection, doc.id, value, action === 'duplicateAsDraft')
      const copies = await documentsMarked(collection, value)
      if (action === 'duplicateLive') {
        return copies.some((copy) => copy._status === 'published') ? 'allow' : 'deny'
      }
      return copies.length > 0 ? 'allow' : 'deny'
    }
    case 'restoreAsDraft': {
      const doc = await prepareVersions(actor, collection)
      await attemptRestore(protocol, actor, collection, doc.publishedVersion, true)
      const restored = (await latest(collection, doc.id))?.[marker as never] === doc.marker
      return restored && (await isLiveWith(collection, doc.id, doc.marker)) ? 'allow' : 'deny'
    }
    case 'restoreLive': {
      // The attack from issue #14: restore the newest (draft) version over the live document.
      const doc = await prepareVersions(actor, collection)
      await attemptRestore(protocol, actor, collection, doc.draftVersion, false)
      return (await isLiveWith(collection, doc.id, doc.marker)) ? 'deny' : 'allow'
    }
    case 'publishDirect': {
      const doc = await prepare(actor, collection, 'draft')
      await attemptUpdate(protocol, actor, collection, doc.id, { _status: 'published' }, { isDraft: false })
      return (await live(collection, doc.id))?._status === 'published' ? 'allow' : 'deny'
    }
    case 'unpublishDirect': {
      const doc = await prepare(actor, collection, 'published')
      await attemptUpdate(protocol, actor, collection, doc.id, { _status: 'draft' }, { isDraft: false })
      return (await live(collection, doc.id))?._status === 'published' ? 'deny' : 'allow'
    }
    case 'updateLive':
    case 'autosaveLive': {
      const doc = await prepare(actor, collection, 'published')
      const value = newMarker()
      await attemptUpdate(
        protocol,
        actor,
        collection,
        doc.id,
        { [marker]: value },
        { isAutosave: action === 'autosaveLive', isDraft: false },
      )
      return (await isLiveWith(collection, doc.id, doc.marker)) ? 'deny' : 'allow'
    }
    case 'bulkUpdateLive': {
      const published = await prepare(actor, collection, 'published')
      const draft = await prepare(actor, collection, 'draft')
      await rest(actor, 'PATCH', `/${collection}?where[id][equals]=${published.id}`, { [marker]: newMarker() })
      await rest(actor, 'PATCH', `/${collection}?where[id][equals]=${draft.id}`, { _status: 'published' })
      const isUnchanged =
        (await isLiveWith(collection, published.id, published.marker)) &&
        (await live(collection, draft.id))?._status !== 'published'
      return isUnchanged ? 'deny' : 'allow'
    }
    case 'bulkDelete': {
      const doc = await prepare(actor, collection, 'published')
      await rest(actor, 'DELETE', `/${collection}?where[id][equals]=${doc.id}`)
      return (await live(collection, doc.id)) ? 'deny' : 'allow'
    }
    case 'approveOwn':
    case 'publishOwn': {
      const doc = await prepare(actor, collection, 'draft')
      const value = newMarker()
      await attemptUpdate(protocol, actor, collection, doc.id, { [marker]: value }, { isDraft: true })
      if (action === 'approveOwn') {
        await attemptTransition(protocol, actor, collection, doc.id, 'submit')
      }
      await attemptTransition(protocol, actor, collection, doc.id, action === 'approveOwn' ? 'approve' : 'publish')
      return (await live(collection, doc.id))?._status === 'published' ? 'allow' : 'deny'
    }
  }
}

const PNG = await sharp({ create: { background: '#336699', channels: 3, height: 4, width: 4 } })
  .png()
  .toBuffer()
const OTHER_PNG = await sharp({ create: { background: '#993366', channels: 3, height: 8, width: 8 } })
  .png()
  .toBuffer()

/** An upload, and for "shown" a published author whose photo it is (so a published page shows it). */
const prepareMedia = async (isShown: boolean) => {
  const alt = newMarker()
  const media = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data: PNG, mimetype: 'image/png', name: `${alt}.png`, size: PNG.length },
    overrideAccess: true,
  })
  if (isShown) {
    await payload.create({
      collection: 'authors',
      data: { _status: 'published', name: `Photographed ${alt}`, photo: media.id },
      overrideAccess: true,
    })
  }
  const stored = await payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })
  expect(stored.isPublic).toBe(isShown)
  return { alt, filesize: stored.filesize, id: media.id as Id }
}

const storedMedia = (id: Id) =>
  payload.findByID({ collection: 'media', depth: 0, disableErrors: true, id, overrideAccess: true })

const runMediaCell = async (protocol: Protocol, actor: Actor, action: MediaAction): Promise<Verdict> => {
  switch (action) {
    case 'mediaCreate': {
      const alt = newMarker()
      await restMultipartRequest(actor.token, 'POST', '/media', {
        data: { alt },
        file: { bytes: PNG, name: `${alt}.png`, type: 'image/png' },
      })
      const { totalDocs } = await payload.count({ collection: 'media', where: { alt: { equals: alt } } })
      return totalDocs > 0 ? 'allow' : 'deny'
    }
    case 'mediaReadUnshown':
    case 'mediaReadShown': {
      const media = await prepareMedia(action === 'mediaReadShown')
      if (protocol === 'rest') {
        const one = await rest(actor, 'GET', `/media/${media.id}`)
        const list = await rest(actor, 'GET', `/media?where[id][equals]=${media.id}`)
        const isListed = ((list.body?.docs as { alt?: string }[] | undefined) ?? []).some(
          (doc) => doc.alt === media.alt,
        )
        return one.body?.alt === media.alt || isListed ? 'allow' : 'deny'
      }
      const response = await graphql(actor, `{ Media(id: ${idLiteral(media.id)}) { alt } }`)
      return response.data?.Media?.alt === media.alt ? 'allow' : 'deny'
    }
    case 'mediaUpdateUnshown':
    case 'mediaUpdateShown': {
      const media = await prepareMedia(action === 'mediaUpdateShown')
      const alt = newMarker()
      if (protocol === 'rest') {
        await rest(actor, 'PATCH', `/media/${media.id}`, { alt })
      } else {
        await graphql(
          actor,
          `mutation($alt: String) { updateMedia(id: ${idLiteral(media.id)}, data: { alt: $alt }) { id } }`,
          {
            alt,
          },
        )
      }
      return (await storedMedia(media.id))?.alt === alt ? 'allow' : 'deny'
    }
    case 'mediaReplaceShown': {
      const media = await prepareMedia(true)
      await restMultipartRequest(actor.token, 'PATCH', `/media/${media.id}`, {
        data: {},
        file: { bytes: OTHER_PNG, name: `${newMarker()}.png`, type: 'image/png' },
      })
      return (await storedMedia(media.id))?.filesize === media.filesize ? 'deny' : 'allow'
    }
    case 'mediaDeleteUnshown':
    case 'mediaDeleteShown': {
      const media = await prepareMedia(action === 'mediaDeleteShown')
      if (protocol === 'rest') {
        await rest(actor, 'DELETE', `/media/${media.id}`)
      } else {
        await graphql(actor, `mutation { deleteMedia(id: ${idLiteral(media.id)}) { id } }`)
      }
      return (await storedMedia(media.id)) ? 'deny' : 'allow'
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

const actionsOver = <T extends string>(protocol: Protocol, actions: readonly T[]): T[] =>
  protocol === 'rest' ? [...actions] : actions.filter((action) => !REST_ONLY_ACTIONS.includes(action))

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
  submitter = {
    ...(await payload.create({
      collection: 'users',
      data: { email: 'matrix-submitter@crossroads.example', name: 'Submitter', password: PASSWORD, role: 'editor' },
      overrideAccess: true,
    })),
    collection: 'users',
  }
})

afterAll(async () => {
  await payload.destroy()
})

describe('role × action matrix', () => {
  const check = (found: string[], label: string, outcome: Verdict, expected: Verdict) => {
    cellsRun++
    if (outcome !== expected) {
      found.push(`${label}: got ${outcome}, expected ${expected}`)
    }
  }
  const actorFor = (role: string) => actors.find((candidate) => candidate.role === role)!

  for (const protocol of ['rest', 'graphql'] as const) {
    for (const role of MATRIX_ROLES) {
      // One test per collection keeps each well inside the test timeout on a slow database.
      for (const collection of EDITORIAL_COLLECTIONS) {
        it(`should match the expected table for ${role} over ${protocol} on ${collection}`, async () => {
          const found: string[] = []
          for (const action of actionsOver(protocol, MATRIX_ACTIONS)) {
            const outcome = await runCell(protocol, actorFor(role), collection, action)
            check(
              found,
              `${role} ${protocol} ${action} ${collection}`,
              outcome,
              expectedVerdict(role, action, collection),
            )
          }
          mismatches.push(...found)
          expect(found).toEqual([])
        })
      }
      it(`should match the expected table for ${role} over ${protocol} on media and roles`, async () => {
        const found: string[] = []
        for (const action of actionsOver(protocol, MEDIA_ACTIONS)) {
          const outcome = await runMediaCell(protocol, actorFor(role), action)
          check(found, `${role} ${protocol} ${action} media`, outcome, expectedVerdict(role, action))
        }
        const roleOutcome = await runChangeRole(protocol, actorFor(role))
        check(found, `${role} ${protocol} changeRole`, roleOutcome, expectedVerdict(role, 'changeRole'))
        mismatches.push(...found)
        expect(found).toEqual([])
      })
    }
  }

  it('should run every cell and report the totals', () => {
    const perProtocol = (protocol: Protocol) =>
      actionsOver(protocol, MATRIX_ACTIONS).length * EDITORIAL_COLLECTIONS.length +
      actionsOver(protocol, MEDIA_ACTIONS).length +
      1
    const size = MATRIX_ROLES.length * (perProtocol('rest') + perProtocol('graphql'))
    const unexpectedAllows = mismatches.filter((line) => line.endsWith('expected deny')).length
    const unexpectedDenies = mismatches.length - unexpectedAllows
    process.stdout.write(
      `\nRole × action matrix: ${cellsRun} of ${size} cells run — ${MATRIX_ROLES.length} roles (${MATRIX_ROLES.join(', ')}) × ` +
        `(${MATRIX_ACTIONS.length} actions × ${EDITORIAL_COLLECTIONS.length} collections + ${MEDIA_ACTIONS.length} media actions + change role) ` +
        `over REST and GraphQL (${REST_ONLY_ACTIONS.length} actions GraphQL has no operation for run over REST only); ` +
        `${unexpectedAllows} unexpected allows, ${unexpectedDenies} unexpected denies\n`,
    )
    expect(cellsRun).toBe(size)
    expect({ unexpectedAllows, unexpectedDenies }).toEqual({ unexpectedAllows: 0, unexpectedDenies: 0 })
  })
})
