import type { CollectionBeforeChangeHook } from 'payload'

import type { WorkflowStatus } from '@/lib/workflow/states'

import { transitionFromContext } from '@/lib/workflow/context'

type WorkflowFields = {
  _status?: 'draft' | 'published' | null
  reviewComment?: null | string
  submittedAt?: null | string
  submittedBy?: null | number | string | { id: number | string }
  workflowStatus?: null | WorkflowStatus
}

/** The workflow state of a stored document, also for documents saved before the workflow existed. */
export const workflowStatusOf = (doc: WorkflowFields | null | undefined): WorkflowStatus =>
  doc?.workflowStatus ?? (doc?._status === 'published' ? 'published' : 'draft')

const idOf = (value: WorkflowFields['submittedBy']) => (value && typeof value === 'object' ? value.id : (value ?? null))

/**
 * The workflow fields are written only here. Whatever a request sends for them is ignored: they
 * change through a transition (lib/workflow), by publishing, or by starting a new change on a
 * published or approved document, which sends it back to draft.
 */
export const syncWorkflowFields: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc, req }) => {
  const previous = (operation === 'update' ? originalDoc : null) as null | WorkflowFields
  const transition = transitionFromContext(context)
  let workflowStatus = workflowStatusOf(previous)
  let reviewComment = previous?.reviewComment ?? null
  let submittedBy = idOf(previous?.submittedBy)
  let submittedAt = previous?.submittedAt ?? null

  if (transition) {
    workflowStatus = transition.to
    if (transition.action === 'submit') {
      submittedBy = req.user?.id ?? null
      submittedAt = new Date().toISOString()
    }
    if (transition.action === 'requestChanges') {
      reviewComment = transition.comment ?? null
    }
  } else if (data._status === 'published') {
    workflowStatus = 'published'
  } else if (!previous || workflowStatus === 'published' || workflowStatus === 'approved') {
    workflowStatus = 'draft'
  }
  if (workflowStatus === 'published') {
    reviewComment = null
  }
  return { ...data, reviewComment, submittedAt, submittedBy, workflowStatus }
}
