import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { isStaff, isStaffField, publishedOrStaff } from '@/access'
import { editorOrOwnArticleDraft } from '@/access/editorOrOwnArticleDraft'
import { editorOrUnpublishedDraft } from '@/access/editorOrUnpublishedDraft'
import { staffWithoutPublishing } from '@/access/staffWithoutPublishing'
import { cancelScheduledPublication } from '@/hooks/cancelScheduledPublication'
import { keepEditsAsDrafts } from '@/hooks/keepEditsAsDrafts'
import { recordWorkflowTransition } from '@/hooks/recordWorkflowTransition'
import { syncWorkflowFields } from '@/hooks/syncWorkflowFields'
import { workflowEndpoints } from '@/lib/workflow/endpoints'
import { isFourEyesRequired } from '@/lib/workflow/fourEyes'
import { restoreAsDraftEndpoint } from '@/lib/workflow/restoreAsDraft'
import { WORKFLOW_STATUS_LABELS, WORKFLOW_STATUSES } from '@/lib/workflow/states'

/**
 * Versions with drafts for every editorial collection: readers only ever see what was published.
 * Publishing at a set time is part of approval (lib/workflow/scheduledPublication.ts), not Payload's
 * own scheduler, which would publish whatever the newest draft is.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: false },
  maxPerDoc: 50,
}

/** Staff write drafts, publishing is a workflow transition, analysts delete only unpublished drafts, readers see published documents. */
export const editorialAccess: CollectionConfig['access'] = {
  create: staffWithoutPublishing,
  delete: editorOrUnpublishedDraft(),
  read: publishedOrStaff,
  readVersions: isStaff,
  update: staffWithoutPublishing,
}

/** As editorialAccess, but analysts write only drafts of articles that carry their byline. */
export const articleAccess: CollectionConfig['access'] = {
  ...editorialAccess,
  create: editorOrOwnArticleDraft,
  delete: editorOrUnpublishedDraft({ isOwnedThroughAuthors: true }),
  update: editorOrOwnArticleDraft,
}

/** Hooks every editorial collection runs first (see each for why), typed for the collection. */
export const editorialBeforeOperation = <TSlug extends CollectionSlug>() =>
  [keepEditsAsDrafts] as unknown as NonNullable<NonNullable<CollectionConfig<TSlug>['hooks']>['beforeOperation']>

/** Workflow hooks: keep the workflow fields server-owned and write the audit trail. */
export const editorialWorkflowHooks = {
  afterChange: [recordWorkflowTransition, cancelScheduledPublication],
  beforeChange: [syncWorkflowFields],
}

/** `POST /api/<collection>/<id>/workflow/<action>`, and restores that always make a draft. */
export const editorialEndpoints = [...workflowEndpoints, restoreAsDraftEndpoint]

/** The review panel at the top of the edit view's sidebar: status, editor's comment, submit. */
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
 * published) and who submitted it, on top of Payload's drafts. Only the server writes them
 * (hooks/syncWorkflowFields.ts); readers never see them.
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
    // Who saved part of the change waiting for publication (user IDs), for the four-eyes rule.
    name: 'changeAuthors',
    type: 'json',
    access: { read: isStaffField },
    admin: { hidden: true },
  },
]
