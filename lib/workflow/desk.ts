import type { Payload, TypedUser, Where } from 'payload'

import { hasRole } from '@/access/roles'

import { deskSectionsOf, type DeskSections } from './queueOrder'
import { findChanges } from './reviewQueue'

const DAY = 24 * 60 * 60 * 1000

/**
 * What a member of staff finds on opening the admin (components/admin/desk/DeskView.tsx), read
 * with access control enforced for them. Editors and admins: everything in review, what is
 * assigned to them, their submissions that came back, the publications of the next seven days.
 * Analysts: their drafts, their submissions that came back and those waiting for review.
 */
export const getDesk = async ({
  now = new Date(),
  payload,
  user,
}: {
  now?: Date
  payload: Payload
  user: TypedUser
}): Promise<DeskSections & { isReviewer: boolean }> => {
  const isReviewer = hasRole(user, 'admin', 'editor')
  const mine = { submittedBy: { equals: user.id } }
  const cameBack: Where = { and: [{ workflowStatus: { equals: 'changes_requested' } }, mine] }
  const where: Where = isReviewer
    ? {
        or: [
          { workflowStatus: { equals: 'in_review' } },
          cameBack,
          {
            and: [
              { workflowStatus: { equals: 'approved' } },
              { scheduledPublishAt: { greater_than_equal: now.toISOString() } },
              { scheduledPublishAt: { less_than_equal: new Date(now.getTime() + 7 * DAY).toISOString() } },
            ],
          },
        ],
      }
    : {
        // Drafts are told apart by who wrote them (a JSON list) once found: newest first per collection.
        or: [
          { workflowStatus: { equals: 'draft' } },
          cameBack,
          { and: [{ workflowStatus: { equals: 'in_review' } }, mine] },
        ],
      }
  const changes = await findChanges({ payload, user, where })
  return { ...deskSectionsOf({ changes, now, userId: user.id }), isReviewer }
}
