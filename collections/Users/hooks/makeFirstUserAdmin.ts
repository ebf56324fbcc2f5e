import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account is the one that can manage everyone else, so it becomes an admin whatever
 * role was asked for; later accounts keep the least privileged role unless an admin says otherwise.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    return data
  }
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) {
    return { ...data, role: 'admin' }
  }
  return data
}
