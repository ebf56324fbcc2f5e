import type { Payload } from 'payload'

import type { ChangeDigest } from '@/payload-types'

import { isDigestToken } from './token'

/** The subscription a feed or unsubscribe token belongs to, or null; the token is the credential. */
export const findSubscriptionByToken = async (
  payload: Payload,
  field: 'feedToken' | 'unsubscribeToken',
  token: unknown,
): Promise<ChangeDigest | null> => {
  if (!isDigestToken(token)) {
    return null
  }
  const { docs } = await payload.find({
    collection: 'change-digests',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { [field]: { equals: token } },
  })
  return docs[0] ?? null
}

/** Stops the daily mail of the subscription holding this unsubscribe token; false when none does. */
export const unsubscribeByToken = async (payload: Payload, token: unknown): Promise<boolean> => {
  const subscription = await findSubscriptionByToken(payload, 'unsubscribeToken', token)
  if (!subscription) {
    return false
  }
  if (subscription.email) {
    await payload.update({
      collection: 'change-digests',
      data: { email: false },
      id: subscription.id,
      overrideAccess: true,
    })
  }
  return true
}
