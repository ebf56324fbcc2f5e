'use server'

import { revalidatePath } from 'next/cache'

import type { User } from '@/payload-types'

import { newDigestToken } from '@/lib/changeDigest/token'
import { getPayloadClient } from '@/lib/payload'
import { getOwnDigestSubscription as ownSubscription, getSignedInUser } from '@/lib/queries/account'

const asUser = (user: User) => ({ overrideAccess: false, user: { ...user, collection: 'users' as const } })

const signedInOrThrow = async () => {
  const user = await getSignedInUser()
  if (!user) {
    throw new Error('Sign in to change your digest.')
  }
  return user
}

/** Turns the daily digest mail on or off (and makes the private feed on first use). */
export const saveDigestChoice = async (form: FormData): Promise<void> => {
  const user = await signedInOrThrow()
  const payload = await getPayloadClient()
  const email = form.get('email') === 'on'
  const existing = await ownSubscription(user)
  if (existing) {
    await payload.update({ ...asUser(user), collection: 'change-digests', data: { email }, id: existing.id })
  } else {
    await payload.create({ ...asUser(user), collection: 'change-digests', data: { email, user: user.id } })
  }
  revalidatePath('/my')
}

/** Makes the private feed, or gives it a new address so the old one stops working. */
export const replaceFeedAddress = async (): Promise<void> => {
  const user = await signedInOrThrow()
  const payload = await getPayloadClient()
  const existing = await ownSubscription(user)
  if (!existing) {
    await payload.create({ ...asUser(user), collection: 'change-digests', data: { email: false, user: user.id } })
  } else {
    // Tokens are written by the server only; the read above proved the row is this person's.
    await payload.update({
      collection: 'change-digests',
      data: { feedToken: newDigestToken() },
      id: existing.id,
      overrideAccess: true,
    })
  }
  revalidatePath('/my')
}
