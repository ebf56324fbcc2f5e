import type { WorkflowAction } from './states'

import { readSetting } from '@/server/settings.mjs'

/** The setting that turns the four-eyes rule off (it is on unless set to `off`). */
export const FOUR_EYES_SETTING = 'FOUR_EYES' as const

/**
 * Whether nobody may approve or publish a change they wrote or submitted. On by default; a
 * one-person deployment sets `FOUR_EYES=off`. Any other value stops start-up with a message.
 */
export const isFourEyesRequired = (env: Record<string, string | undefined> = process.env): boolean => {
  return readSetting(FOUR_EYES_SETTING, env)
}

const idOf = (value: unknown): null | string => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === null || id === undefined ? null : String(id)
}

/** The people who saved part of the change waiting for publication, as stored on the document. */
export const changeAuthorsOf = (doc: null | undefined | { changeAuthors?: unknown }): string[] =>
  Array.isArray(doc?.changeAuthors) ? doc.changeAuthors.map(idOf).filter((id): id is string => id !== null) : []

/**
 * Why `userId` may not take `action` on a change under the four-eyes rule, or `null` when they may:
 * approving and publishing are for someone who neither wrote nor submitted any of it.
 */
export const fourEyesRefusal = ({
  action,
  doc,
  env = process.env,
  userId,
}: {
  action: WorkflowAction
  doc: null | undefined | { changeAuthors?: unknown; submittedBy?: unknown }
  env?: Record<string, string | undefined>
  userId: number | string
}): null | string => {
  if ((action !== 'approve' && action !== 'publish') || !isFourEyesRequired(env)) {
    return null
  }
  const involved = new Set([...changeAuthorsOf(doc), idOf(doc?.submittedBy)])
  return involved.has(String(userId))
    ? 'You wrote or submitted part of this change, so another editor or an admin must approve and publish it (four-eyes rule).'
    : null
}
