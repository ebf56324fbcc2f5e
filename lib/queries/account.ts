import { headers } from 'next/headers'
import { cache } from 'react'

import type { Article, ChangeDigest, Country, Follow, SavedComparison, User } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'

/** The signed-in person of this request (next-auth or Payload session), or `null`. */
export const getSignedInUser = cache(async (): Promise<null | User> => {
  const requestHeaders = await headers()
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return user?.collection === 'users' ? (user as User) : null
})

export type FollowedCountry = { country: Country; followId: Follow['id']; latest: Article[] }

/** The countries a person follows, each with its latest published analyses (as that person may read them). */
export const getFollowedCountries = cache(async (user: User, analysesPerCountry = 3): Promise<FollowedCountry[]> => {
  const payload = await getPayloadClient()
  const asUser = { overrideAccess: false, user: { ...user, collection: 'users' as const } }
  const { docs: follows } = await payload.find({
    ...asUser,
    collection: 'follows',
    // Country and its flag.
    depth: 2,
    limit: 100,
    pagination: false,
    populate: { countries: { flag: true, name: true, slug: true } },
    sort: 'createdAt',
    where: { user: { equals: user.id } },
  })
  return Promise.all(
    follows
      .filter(
        (follow): follow is Follow & { country: Country } =>
          typeof follow.country === 'object' && follow.country !== null,
      )
      .map(async (follow) => {
        const { docs: latest } = await payload.find({
          ...asUser,
          collection: 'articles',
          depth: 0,
          draft: false,
          limit: analysesPerCountry,
          sort: '-publishedAt',
          where: { and: [{ countries: { in: [follow.country.id] } }, { _status: { equals: 'published' } }] },
        })
        return { country: follow.country, followId: follow.id, latest }
      }),
  )
})

export const getSavedComparisons = cache(async (user: User): Promise<SavedComparison[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'saved-comparisons',
    depth: 0,
    limit: 100,
    overrideAccess: false,
    pagination: false,
    sort: '-createdAt',
    user: { ...user, collection: 'users' as const },
    where: { user: { equals: user.id } },
  })
  return docs
})

/** The person's digest settings and private feed (only their own: the tokens are credentials). */
export const getOwnDigestSubscription = cache(async (user: User): Promise<ChangeDigest | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'change-digests',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: { ...user, collection: 'users' as const },
    where: { user: { equals: user.id } },
  })
  return docs[0] ?? null
})
