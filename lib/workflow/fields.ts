import type { CollectionConfig, Field } from 'payload'

import { isStaffField } from '@/access/isStaff'

import { isFourEyesRequired } from './fourEyes'
import { WORKFLOW_STATUS_LABELS, WORKFLOW_STATUSES } from './states'

/**
 * Versions with drafts for every editorial collection: readers only ever see what was published.
 * Publishing at a set time is part of approval (scheduledPublication.ts), not Payload's own
 * scheduler, which would publish whatever the newest draft is.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: false },
  maxPerDoc: 50,
}

/** The review panel at the top of the edit view's sidebar: status, comment, the transitions. */
export const workflowPanelField: Field = {
  name: 'workflowPanel',
  type: 'ui',
  admin: {
    components: { Field: '/components/admin/workflow/WorkflowPanel#WorkflowPanel' },
    // Lets the panel say before anyone tries that an author cannot publish their own change.
    custom: { isFourEyes: isFourEyesRequired() },
    position: 'sidebar',
  },
}

/**
 * The workflow state of each version (draft → in review → changes requested → approved →
 * published), who submitted it, who reviews it by when, when it is to be published and who wrote it, on top of Payload's
 * drafts. Only the server writes them (hooks/syncWorkflowFields.ts); readers never see them.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflowStatus',
    type: 'select',
    access: { read: isStaffField },
    admin: { hidden: true },
    defaultValue: 'draft',
    index: true,
    label: 'Review status',
    options: WORKFLOW_STATUSES.map((value) => ({ label: WORKFLOW_STATUS_LABELS[value], value })),
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    access: { read: isStaffField },
    admin: { hidden: true },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    access: { read: isStaffField },
    admin: { hidden: true },
    relationTo: 'users',
  },
  {
    name: 'submittedAt',
    type: 'date',
    access: { read: isStaffField },
    admin: { hidden: true },
  },
  {
    name: 'scheduledPublishAt',
    type: 'date',
    access: { read: isStaffField },
    admin: { hidden: true },
    label: 'Scheduled for',
  },
  {
    // The editor or admin who reviews the change; empty while it is left to the desk (lib/workflow/assignment.ts).
    name: 'assignedTo',
    type: 'relationship',
    access: { read: isStaffField },
    admin: { hidden: true },
    index: true,
    label: 'Assigned to',
    relationTo: 'users',
  },
  {
    name: 'dueAt',
    type: 'date',
    access: { read: isStaffField },
    admin: { hidden: true },
    index: true,
    label: 'Review due',
  },
  {
    // Who saved part of the change waiting for publication (user IDs), for the four-eyes rule.
    name: 'changeAuthors',
    type: 'json',
    access: { read: isStaffField },
    admin: { hidden: true },
  },
]
