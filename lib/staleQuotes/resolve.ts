import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { APIError } from 'payload'

import type { Article, StaleQuote } from '@/payload-types'

import { hasRole } from '@/access/roles'
import { transitionDocument } from '@/lib/workflow/transitions'

import { CORRECTION_MAX_LENGTH } from './options'

type Args = { id: number | string; payload: Payload; req?: PayloadRequest; user: null | TypedUser | undefined }

const idOf = (value: unknown): number | string =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string)

/** The open flag an editor acts on; refuses anyone else, and a flag already resolved. */
const openFlag = async ({ id, payload, req, user }: Args): Promise<StaleQuote> => {
  if (!user) {
    throw new APIError('Sign in as an editor to resolve a stale-number flag.', 401, undefined, true)
  }
  if (!hasRole(user, 'admin', 'editor')) {
    throw new APIError('Only editors can resolve a stale-number flag.', 403, undefined, true)
  }
  const flag = await payload.findByID({
    collection: 'stale-quotes',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: false,
    req,
    user,
  })
  if (!flag) {
    throw new APIError('No such stale-number flag.', 404, undefined, true)
  }
  if (flag.status !== 'open') {
    throw new APIError(`This flag is already resolved (${flag.status}).`, 409, undefined, true)
  }
  return flag
}

const resolvedBy = (user: TypedUser) => {
  const person = user as { email?: string; id: number | string; name?: null | string }
  return {
    resolvedAt: new Date().toISOString(),
    resolvedBy: person.id as number,
    resolvedByName: person.name || person.email || String(person.id),
  }
}

/** An editor decides the sentence is still correct: the flag leaves the queue, with who and when. */
export const dismissStaleQuote = async (args: Args): Promise<StaleQuote> => {
  const flag = await openFlag(args)
  return args.payload.update({
    collection: 'stale-quotes',
    data: { ...resolvedBy(args.user!), status: 'dismissed' },
    depth: 0,
    id: flag.id,
    overrideAccess: true,
    req: args.req,
  })
}

/**
 * An editor writes a dated correction note: it is added to the article's newest draft as the editor
 * (field access applies) and the change is submitted for review, so it reaches readers only when
 * an editor approves it, like any other change (four eyes included).
 */
export const addCorrectionNote = async (args: Args & { text: string }): Promise<StaleQuote> => {
  const text = args.text.trim()
  if (!text) {
    throw new APIError('Write the correction readers should see.', 400, undefined, true)
  }
  if (text.length > CORRECTION_MAX_LENGTH) {
    throw new APIError(`A correction note has at most ${CORRECTION_MAX_LENGTH} characters.`, 400, undefined, true)
  }
  const flag = await openFlag(args)
  const { payload, req, user } = args
  const articleId = idOf(flag.article)
  const draft = (await payload.findByID({
    collection: 'articles',
    depth: 0,
    draft: true,
    id: articleId,
    overrideAccess: false,
    req,
    user,
  })) as Article
  const corrections = [...(draft.corrections ?? []), { date: new Date().toISOString(), text }]
  const updated = await payload.update({
    collection: 'articles',
    data: { corrections },
    depth: 0,
    draft: true,
    id: articleId,
    overrideAccess: false,
    req,
    user,
  })
  if (updated.workflowStatus === 'draft' || updated.workflowStatus === 'changes_requested') {
    await transitionDocument({ action: 'submit', collection: 'articles', id: articleId, payload, req, user })
  }
  return payload.update({
    collection: 'stale-quotes',
    data: { ...resolvedBy(user!), correction: text, status: 'corrected' },
    depth: 0,
    id: flag.id,
    overrideAccess: true,
    req,
  })
}
