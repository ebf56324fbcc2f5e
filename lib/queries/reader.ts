/**
 * Options for every read on behalf of a reader: no user and `overrideAccess: false`, so access
 * control decides what is visible — published documents only, also through populated relationships.
 */
export const asReader = { overrideAccess: false } as const
