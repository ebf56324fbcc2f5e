import type { Role } from '@/access/roles'

export const WORKFLOW_STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const

export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

export const WORKFLOW_STATUS_LABELS: Record<WorkflowStatus, string> = {
  approved: 'Approved',
  changes_requested: 'Changes requested',
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
}

export const EDITORIAL_COLLECTIONS = [
  'articles',
  'countries',
  'indicators',
  'observations',
  'events',
  'organizations',
  'authors',
  'places',
] as const

export type EditorialCollection = (typeof EDITORIAL_COLLECTIONS)[number]

export const isEditorialCollection = (slug: unknown): slug is EditorialCollection =>
  EDITORIAL_COLLECTIONS.includes(slug as EditorialCollection)

type TransitionRule = {
  /** States the latest version must be in. */
  from: readonly WorkflowStatus[]
  label: string
  /** Roles allowed to perform it (always listed explicitly, so a new role gets nothing by default). */
  roles: readonly Role[]
  to: WorkflowStatus
  requiresComment?: boolean
}

/**
 * Every workflow transition: who may make it and from which states. Publishing and unpublishing
 * also change Payload's `_status`; the others only move the latest draft along.
 */
export const TRANSITIONS = {
  submit: {
    from: ['draft', 'changes_requested'],
    label: 'Submit for review',
    roles: ['admin', 'editor', 'analyst'],
    to: 'in_review',
  },
  withdraw: {
    from: ['in_review'],
    label: 'Withdraw from review',
    roles: ['admin', 'editor', 'analyst'],
    to: 'draft',
  },
  requestChanges: {
    from: ['in_review'],
    label: 'Request changes',
    requiresComment: true,
    roles: ['admin', 'editor'],
    to: 'changes_requested',
  },
  approve: {
    from: ['in_review'],
    label: 'Approve',
    roles: ['admin', 'editor'],
    to: 'approved',
  },
  publish: {
    from: ['draft', 'in_review', 'changes_requested', 'approved'],
    label: 'Publish',
    roles: ['admin', 'editor'],
    to: 'published',
  },
  unpublish: {
    from: ['published'],
    label: 'Unpublish',
    roles: ['admin', 'editor'],
    to: 'draft',
  },
} as const satisfies Record<string, TransitionRule>

export type WorkflowAction = keyof typeof TRANSITIONS

export const WORKFLOW_ACTIONS = Object.keys(TRANSITIONS) as WorkflowAction[]

export const isWorkflowAction = (value: unknown): value is WorkflowAction =>
  typeof value === 'string' && Object.hasOwn(TRANSITIONS, value)

/** Why `role` may not take `action` from `status`, or `null` when it may. */
export const transitionRefusal = (action: WorkflowAction, role: null | Role, status: WorkflowStatus): null | string => {
  const rule: TransitionRule = TRANSITIONS[action]
  if (!role || !rule.roles.includes(role)) {
    return `Your role may not ${rule.label.toLowerCase()}.`
  }
  if (!rule.from.includes(status)) {
    return `“${rule.label}” is not possible while the document is ${WORKFLOW_STATUS_LABELS[status].toLowerCase()}.`
  }
  return null
}

/** The workflow state of a stored document, also for documents saved before the workflow existed. */
export const workflowStatusOf = (
  doc: null | undefined | { _status?: null | string; workflowStatus?: null | string },
): WorkflowStatus =>
  (doc?.workflowStatus as undefined | WorkflowStatus) ?? (doc?._status === 'published' ? 'published' : 'draft')

/** What a workflow transition, or a change of the live document outside one, is called in the audit trail. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  delete: 'Deleted',
  assign: 'Assigned',
  edit: 'Changed while published',
  ...Object.fromEntries(Object.entries(TRANSITIONS).map(([action, rule]) => [action, rule.label])),
}

/** How a change reached the database, for the audit trail. */
export const AUDIT_VIAS = ['workflow', 'schedule', 'rest', 'graphql', 'local'] as const

export type AuditVia = (typeof AUDIT_VIAS)[number]

/** What a change did to the document readers see. */
export const LIVE_CHANGES = ['published', 'unpublished', 'changed', 'deleted'] as const

export type LiveChangeKind = (typeof LIVE_CHANGES)[number]
