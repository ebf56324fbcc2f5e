import type { CollectionBeforeChangeHook } from 'payload'

import type { WorkflowStatus } from '../states'

import { assignmentFromContext, transitionFromContext } from '../context'
import { changeAuthorsOf } from '../fourEyes'
import { workflowStatusOf } from '../states'

type UserRef = null | number | string | { id: number | string }

type WorkflowFields = {
  _status?: 'draft' | 'published' | null
  assignedTo?: UserRef
  changeAuthors?: unknown
  dueAt?: null | string
  reviewComment?: null | string
  scheduledPublishAt?: null | string
  submittedAt?: null | string
  submittedBy?: UserRef
  workflowStatus?: null | WorkflowStatus
}

/** The states in which a change waits for (or comes back from) its reviewer, who keeps it. */
const ASSIGNED_STATES: readonly WorkflowStatus[] = ['in_review', 'changes_requested']

const idOf = (value: UserRef | undefined) => (value && typeof value === 'object' ? value.id : (value ?? null))

/**
 * The workflow fields are written only here. Whatever a request sends for them is ignored: they
 * change through a transition (lib/workflow), by publishing, or by starting a new change on a
 * published or approved document, which sends it back to draft. `changeAuthors` lists everyone who
 * saved part of the change waiting for publication, for the four-eyes rule. The assignee and due
 * date change only through a checked assignment (lib/workflow/assignment.ts) and are cleared once
 * the change leaves review (withdrawn, approved, published, or replaced by a new change).
 */
export const syncWorkflowFields: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc, req }) => {
  const previous = (operation === 'update' ? originalDoc : null) as null | WorkflowFields
  const transition = transitionFromContext(context)
  const assignment = assignmentFromContext(context)
  const person = req.user?.collection === 'users' ? String(req.user.id) : null
  let workflowStatus = workflowStatusOf(previous)
  let reviewComment = previous?.reviewComment ?? null
  let submittedBy = idOf(previous?.submittedBy)
  let submittedAt = previous?.submittedAt ?? null
  let scheduledPublishAt = previous?.scheduledPublishAt ?? null
  let assignedTo = idOf(previous?.assignedTo)
  let dueAt = previous?.dueAt ?? null
  // A published document's next change starts with no authors.
  let changeAuthors = workflowStatus === 'published' ? [] : changeAuthorsOf(previous)

  if (transition) {
    workflowStatus = transition.to
    scheduledPublishAt = transition.scheduledPublishAt ?? null
    if (transition.action === 'submit') {
      submittedBy = req.user?.id ?? null
      submittedAt = new Date().toISOString()
      // An import submits the content it writes: the submitter is one of its authors.
      changeAuthors = person ? [...new Set([...changeAuthors, person])] : changeAuthors
    }
    if (transition.action === 'requestChanges') {
      reviewComment = transition.comment ?? null
    }
  } else if (!assignment) {
    // An edit. (A write that only assigns leaves the change, its state and its authors as they were.)
    scheduledPublishAt = null
    if (data._status === 'published') {
      workflowStatus = 'published'
    } else if (!previous || workflowStatus === 'published' || workflowStatus === 'approved') {
      workflowStatus = 'draft'
    }
    if (person) {
      changeAuthors = [...new Set([...changeAuthors, person])]
    }
  }
  if (assignment) {
    assignedTo = assignment.assignedTo
    dueAt = assignment.dueAt
  }
  if (!ASSIGNED_STATES.includes(workflowStatus)) {
    assignedTo = null
    dueAt = null
  }
  if (workflowStatus === 'published') {
    changeAuthors = []
    reviewComment = null
    scheduledPublishAt = null
    submittedAt = null
    submittedBy = null
  }
  return {
    ...data,
    assignedTo,
    changeAuthors,
    dueAt,
    reviewComment,
    scheduledPublishAt,
    submittedAt,
    submittedBy,
    workflowStatus,
  }
}
