import type { CollectionAfterChangeHook } from 'payload'

import { titleOf } from '../audit'
import { noticeOfAssignment } from '../assignmentNotice'
import { assignmentSummary } from '../assignmentRules'
import { assignmentFromContext } from '../context'
import { isEditorialCollection, workflowStatusOf } from '../states'

const idOf = (value: unknown): null | string => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === null || id === undefined ? null : String(id)
}

/**
 * Writes one audit row for every change of a document's reviewer or due date made through the
 * workflow (lib/workflow/assignment.ts), and tells a new reviewer. Names are read without access
 * control: the trail must name people whoever wrote it.
 */
export const recordAssignment: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  const assignment = assignmentFromContext(context)
  if (!assignment || !isEditorialCollection(collection.slug)) {
    return doc
  }
  const before = { assignee: idOf(previousDoc?.assignedTo), dueAt: (previousDoc?.dueAt as null | string) ?? null }
  const after = { assignee: idOf(doc.assignedTo), dueAt: (doc.dueAt as null | string) ?? null }
  const isSameDue =
    (before.dueAt ? new Date(before.dueAt).getTime() : null) === (after.dueAt ? new Date(after.dueAt).getTime() : null)
  if (before.assignee === after.assignee && isSameDue) {
    return doc
  }
  const ids = [before.assignee, after.assignee].filter((id): id is string => id !== null)
  const { docs: people } = ids.length
    ? await req.payload.find({
        collection: 'users',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        select: { email: true, name: true },
        where: { id: { in: ids } },
      })
    : { docs: [] }
  const nameOf = (id: null | string) => {
    const person = people.find((candidate) => String(candidate.id) === id)
    return id === null ? null : person ? person.name || person.email : `user ${id}`
  }
  const title = titleOf(doc)
  const status = workflowStatusOf(doc)
  const user = req.user?.collection === 'users' ? req.user : null
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      action: 'assign',
      actor: user ? (user.id as number) : null,
      actorName: user ? String(user.name || user.email || user.id) : 'System',
      comment: null,
      documentCollection: collection.slug,
      documentId: String(doc.id),
      documentTitle: title,
      fromStatus: status,
      summary: assignmentSummary({
        after: { assignee: nameOf(after.assignee), dueAt: after.dueAt },
        before: { assignee: nameOf(before.assignee), dueAt: before.dueAt },
        title,
      }),
      toStatus: status,
      via: 'workflow',
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const assignee = people.find((person) => String(person.id) === after.assignee)
  if (assignee && after.assignee !== before.assignee && after.assignee !== (user ? String(user.id) : null)) {
    await noticeOfAssignment({
      assignedBy: user ? { email: user.email, id: user.id, name: (user as { name?: string }).name } : null,
      assignee: { email: assignee.email, id: assignee.id, name: assignee.name },
      collection: collection.slug,
      doc,
      dueAt: after.dueAt,
      id: doc.id,
      payload: req.payload,
      req,
    })
  }
  return doc
}
