import type { CollectionAfterChangeHook } from 'payload'

import type { ReviewComment } from '@/payload-types'

import { noticeOfMention } from '@/lib/comments/mentionNotice'
import { relationId } from '@/lib/observations/data'
import { isEditorialCollection } from '@/lib/workflow/states'

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value : []).map((item) => String(relationId(item)))

/** Tells each person a new or edited comment newly mentions, except its author. */
export const sendMentionNotices: CollectionAfterChangeHook<ReviewComment> = async ({ doc, previousDoc, req }) => {
  const authorId = String(relationId(doc.author))
  const before = new Set(previousDoc ? idsOf(previousDoc.mentions) : [])
  const added = idsOf(doc.mentions).filter((id) => id !== authorId && !before.has(id))
  if (added.length === 0 || !isEditorialCollection(doc.documentCollection)) {
    return doc
  }
  const { docs: people } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: added.length + 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true, name: true },
    where: { id: { in: [...added, authorId] } },
  })
  const author = people.find((person) => String(person.id) === authorId)
  if (!author) {
    return doc
  }
  await noticeOfMention({
    author,
    comment: doc,
    documentCollection: doc.documentCollection,
    documentId: doc.documentId,
    documentTitle: doc.documentTitle ?? doc.documentId,
    mentioned: people.filter((person) => String(person.id) !== authorId),
    payload: req.payload,
    req,
  })
  return doc
}
