import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Organization } from '@/payload-types'

import { PUBLIC_READ_LIMITS } from '@/lib/security/limitPublicReads'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { graphqlRequest, restRequest } from '@/tests/helpers/inProcessApi'

/**
 * Issue #14 item 5: anonymous REST and GraphQL reads have a maximum `limit` and `depth`, and
 * `limit=0` / `pagination=false` do not return everything. Staff and the reader site's Local API
 * reads keep their own limits.
 */
const INDICATORS = PUBLIC_READ_LIMITS.maxLimit + 20

let payload: Payload
let editorToken: string
let country: Country
let organization: Organization
const createdIndicators: (number | string)[] = []

const docsOf = (body: null | Record<string, unknown>) => (body?.docs as unknown[] | undefined) ?? []

beforeAll(async () => {
  payload = await getPayload({ config })
  for (let index = 0; index < INDICATORS; index++) {
    createdIndicators.push((await createIndicator(payload)).id)
  }
  country = await createCountry(payload)
  organization = await payload.create({
    collection: 'organizations',
    data: {
      _status: 'published',
      acronym: `ORG${Date.now()}`,
      kind: 'intergovernmental',
      members: [country.id],
      name: 'Test organisation',
    },
  })
  country = await payload.update({
    collection: 'countries',
    data: { _status: 'published', memberships: [{ organization: organization.id }] },
    id: country.id,
  })
  const editor = await createUser(payload, 'editor')
  const { token } = await payload.login({
    collection: 'users',
    data: { email: editor.email, password: 'test-password-1' },
  })
  editorToken = token!
}, 120_000)

afterAll(async () => {
  await payload.delete({ collection: 'indicators', where: { id: { in: createdIndicators } } })
  await payload.delete({ collection: 'organizations', id: organization.id })
  await payload.delete({ collection: 'countries', id: country.id })
})

describe('anonymous REST reads', () => {
  it('should not return everything when asked for limit=0', async () => {
    const { body, status } = await restRequest(null, 'GET', '/indicators?limit=0&depth=0')
    expect(status).toBe(200)
    expect(docsOf(body)).toHaveLength(PUBLIC_READ_LIMITS.maxLimit)
    expect(body?.totalDocs).toBeGreaterThanOrEqual(INDICATORS)
  })

  it('should not return everything when asked for pagination=false', async () => {
    const { body } = await restRequest(null, 'GET', '/indicators?pagination=false&depth=0')
    expect(docsOf(body).length).toBeLessThanOrEqual(PUBLIC_READ_LIMITS.maxLimit)
  })

  it('should cap a limit above the maximum', async () => {
    const { body } = await restRequest(null, 'GET', '/indicators?limit=100000&depth=0')
    expect(docsOf(body)).toHaveLength(PUBLIC_READ_LIMITS.maxLimit)
  })

  it('should populate relationships no deeper than the maximum depth', async () => {
    // `populate` asks for the fields the collections' defaultPopulate leaves out.
    const { body } = await restRequest(
      null,
      'GET',
      `/countries/${country.id}?depth=3&populate[organizations][members]=true&populate[countries][memberships]=true`,
    )
    const member = (body as unknown as Country).memberships?.[0]?.organization as Organization
    const nestedCountry = member.members?.[0] as Country
    // depth 1 populates the organization, depth 2 its member countries, depth 3 would populate
    // their organizations: capped at 2, that one stays an ID.
    expect(typeof nestedCountry).toBe('object')
    expect(typeof nestedCountry.memberships?.[0]?.organization).not.toBe('object')
  })
})

describe('anonymous GraphQL reads', () => {
  it('should not return everything when asked for limit: 0 or pagination: false', async () => {
    const response = await graphqlRequest(
      null,
      `{ zero: Indicators(limit: 0) { docs { id } } all: Indicators(pagination: false) { docs { id } } }`,
    )
    expect(response.errors).toBeUndefined()
    const zero = response.data?.zero as { docs: unknown[] }
    const all = response.data?.all as { docs: unknown[] }
    expect(zero.docs).toHaveLength(PUBLIC_READ_LIMITS.maxLimit)
    expect(all.docs.length).toBeLessThanOrEqual(PUBLIC_READ_LIMITS.maxLimit)
  })

  it('should refuse a query nested deeper than the maximum', async () => {
    const response = await graphqlRequest(
      null,
      `{ Countries { docs { memberships { organization { members { memberships { organization { members { id } } } } } } } } }`,
    )
    expect(JSON.stringify(response)).toContain(`may nest at most ${PUBLIC_READ_LIMITS.maxGraphQLDepth}`)
  })
})

describe('reads that keep their limits', () => {
  it('should let staff list everything with limit=0, as the admin does', async () => {
    const { body } = await restRequest(editorToken, 'GET', '/indicators?limit=0&depth=0')
    expect(docsOf(body).length).toBeGreaterThanOrEqual(INDICATORS)
  })

  it('should let staff send deep GraphQL queries', async () => {
    const response = await graphqlRequest(
      editorToken,
      `{ Countries { docs { memberships { organization { members { memberships { organization { members { id } } } } } } } } }`,
    )
    expect(response.errors).toBeUndefined()
  })

  it('should let the reader site read everything through the Local API as an anonymous reader', async () => {
    const { docs } = await payload.find({
      collection: 'indicators',
      depth: 0,
      overrideAccess: false,
      pagination: false,
    })
    expect(docs.length).toBeGreaterThanOrEqual(INDICATORS)
  })
})
