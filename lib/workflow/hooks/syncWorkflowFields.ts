import type { CollectionBeforeChangeHook } from 'payload'

import type { WorkflowStatus } from '../states'

import { transitionFromContext } from '../context'
import { changeAuthorsOf } from '../fourEyes'
import { workflowStatusOf } from '../states'

type WorkflowFields = {
  _status?: 'draft' | 'published' | null
  changeAuthors?: unknown
  reviewComment?: null | string
  scheduledPublishAt?: null | string
  submittedAt?: null | string
  submittedBy?: null | number | string | { id: number | string }
  workflowStatus?: null | WorkflowStatus
}

const idOf = (value: WorkflowFields['submittedBy']) => (value && typeof value === 'object' ? value.id : (value ?? null))

/**
 * The workflow fields are written only here. Whatever a request sends for them is ignored: they
 * change through a transition (lib/workflow), by publishing, or by starting a new change on a
 * published or approved document, which sends it back to draft. `changeAuthors` lists everyone who
 * saved part of the change waiting for publication, for the four-eyes rule.
 */
export const syncWorkflowFields: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc, req }) => {
  const previous = (operation === 'update' ? originalDoc : null) as null | WorkflowFields
  const transition = transitionFromContext(context)
  const person = req.user?.collection === 'users' ? String(req.user.id) : null
  let workflowStatus = workflowStatusOf(previous)
  let reviewComment = previous?.reviewComment ?? null
  let submittedBy = idOf(previous?.submittedBy)
  let submittedAt = previous?.submittedAt ?? null
  let scheduledPublishAt = previous?.scheduledPublishAt ?? null
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
  } else {
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
  if (workflowStatus === 'published') {
    changeAuthors = []
    reviewComment = null
    scheduledPublishAt = null
    submittedAt = null
    submittedBy = null
  }
  return { ...data, changeAuthors, reviewComment, scheduledPublishAt, submittedAt, submittedBy, workflowStatus }
}
