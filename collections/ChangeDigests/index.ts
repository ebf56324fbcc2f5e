import type { CollectionConfig, FieldAccess } from 'payload'

import { isSignedIn, ownerOnly } from '@/access'
import { assignOwnerOnCreate } from '@/hooks/assignOwnerOnCreate'
import { newDigestToken } from '@/lib/changeDigest/token'

const serverOnly: FieldAccess = () => false

/**
 * How a person hears of approved changes to the countries they follow and the comparisons they
 * saved: a daily email digest (off until they turn it on) and a private RSS feed. One per person.
 * The feed and unsubscribe tokens are credentials, so only their owner reads the row: admins do
 * not, and nothing but the server writes the tokens or the time of the last digest.
 */
export const ChangeDigests: CollectionConfig<'change-digests'> = {
  slug: 'change-digests',
  access: {
    create: isSignedIn,
    delete: ownerOnly,
    read: ownerOnly,
    update: ownerOnly,
  },
  admin: { hidden: true },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      access: { update: serverOnly },
      index: true,
      relationTo: 'users',
      required: true,
      unique: true,
    },
    { name: 'email', type: 'checkbox', defaultValue: false, label: 'Email me a daily digest' },
    { name: 'feedToken', type: 'text', access: { create: serverOnly, update: serverOnly }, index: true },
    { name: 'unsubscribeToken', type: 'text', access: { create: serverOnly, update: serverOnly }, index: true },
    {
      // Changes published after this time go into the next digest.
      name: 'lastSentAt',
      type: 'date',
      access: { create: serverOnly, update: serverOnly },
    },
  ],
  hooks: {
    beforeChange: [
      ({ data, operation, originalDoc }) => {
        const next = { ...data }
        if (operation === 'create') {
          next.feedToken = newDigestToken()
          next.unsubscribeToken = newDigestToken()
        }
        // Turning the digest on starts it now, not with everything since the account was made.
        if (next.email && !(originalDoc as { email?: boolean } | undefined)?.email) {
          next.lastSentAt = new Date().toISOString()
        }
        return next
      },
    ],
    beforeValidate: [assignOwnerOnCreate],
  },
}
