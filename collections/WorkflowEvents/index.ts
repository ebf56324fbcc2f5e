import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access'
import { EDITORIAL_COLLECTIONS, WORKFLOW_STATUS_LABELS, WORKFLOW_STATUSES } from '@/lib/workflow/states'

const statusOptions = WORKFLOW_STATUSES.map((value) => ({ label: WORKFLOW_STATUS_LABELS[value], value }))

/**
 * The audit trail of the editorial workflow: one row per transition. Only the server writes it
 * (hooks/recordWorkflowTransition.ts, with overrideAccess); no API can create, change or delete a row.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  access: {
    create: () => false,
    delete: () => false,
    read: isEditor,
    update: () => false,
  },
  admin: {
    defaultColumns: ['createdAt', 'documentTitle', 'documentCollection', 'fromStatus', 'toStatus', 'actorName'],
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
      options: EDITORIAL_COLLECTIONS.map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'documentId', type: 'text', index: true, label: 'Document ID', required: true },
    { name: 'documentTitle', type: 'text', label: 'Document' },
    { name: 'fromStatus', type: 'select', label: 'From', options: statusOptions, required: true },
    { name: 'toStatus', type: 'select', label: 'To', options: statusOptions, required: true },
    { name: 'comment', type: 'textarea' },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorName', type: 'text', label: 'By' },
  ],
  timestamps: true,
}
