import type { CollectionConfig } from 'payload'

import { serverWrittenLog } from '@/access'
import {
  AUDIT_VIAS,
  EDITORIAL_COLLECTIONS,
  LIVE_CHANGES,
  WORKFLOW_STATUS_LABELS,
  WORKFLOW_STATUSES,
} from '@/lib/workflow/states'

const statusOptions = WORKFLOW_STATUSES.map((value) => ({ label: WORKFLOW_STATUS_LABELS[value], value }))

/**
 * The audit trail: one row per workflow transition and one per change of what readers see (a
 * publication, an unpublication, a deletion, a change to a published document or to an image a
 * published page shows), by anyone and by any path. Only the server writes it
 * (lib/workflow/hooks/recordWorkflowTransition.ts, lib/workflow/audit.ts); no API can create, change or delete a row.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  access: serverWrittenLog,
  admin: {
    defaultColumns: ['createdAt', 'summary', 'documentCollection', 'liveChange', 'via', 'actorName'],
    group: 'Administration',
    useAsTitle: 'summary',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'summary', type: 'text', required: true },
    { name: 'action', type: 'text', index: true, required: true },
    {
      name: 'documentCollection',
      type: 'select',
      index: true,
      label: 'Collection',
      options: [...EDITORIAL_COLLECTIONS, 'media'].map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'documentId', type: 'text', index: true, label: 'Document ID', required: true },
    { name: 'documentTitle', type: 'text', label: 'Document' },
    // Empty for uploads, which have no review state, and "To" for a deleted document.
    { name: 'fromStatus', type: 'select', label: 'From', options: statusOptions },
    { name: 'toStatus', type: 'select', label: 'To', options: statusOptions },
    {
      name: 'liveChange',
      type: 'select',
      admin: { description: 'What the change did to the document readers see; empty when they see nothing new.' },
      index: true,
      label: 'For readers',
      options: LIVE_CHANGES.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
    },
    {
      name: 'changedFields',
      type: 'text',
      admin: { description: 'Fields readers now see differently.' },
      label: 'Changed fields',
    },
    {
      name: 'via',
      type: 'select',
      admin: {
        description: 'The path the change took: the workflow, a scheduled publication, REST, GraphQL or server code.',
      },
      label: 'Via',
      options: AUDIT_VIAS.map((value) => ({ label: value, value })),
    },
    { name: 'comment', type: 'textarea' },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorName', type: 'text', label: 'By' },
  ],
  timestamps: true,
}
