import type { CollectionConfig, FieldAccess } from 'payload'

import { adminOrAuthor } from '@/access/adminOrAuthor'
import { editorOrAuthor } from '@/access/editorOrAuthor'
import { isStaff } from '@/access/isStaff'
import { COMMENT_MAX_LENGTH } from '@/lib/comments/mentions'
import { EDITORIAL_COLLECTIONS, WORKFLOW_STATUS_LABELS, WORKFLOW_STATUSES } from '@/lib/workflow/states'

import { keepAnsweredComments } from './hooks/keepAnsweredComments'
import { prepareComment } from './hooks/prepareComment'
import { sendMentionNotices } from './hooks/sendMentionNotices'

const nobody: FieldAccess = () => false

/** Set once by the server (hooks/prepareComment.ts), never by a request. */
const serverSet = { create: nobody, update: nobody }

/** Chosen when the comment is written, then fixed: a comment never moves to another document. */
const fixedOnCreate = { update: nobody }

/**
 * Comments on a change under review: threads on a whole document or on one of its fields (for a
 * figure, its value), with @mentions of staff and an open/resolved state. Staff only; they are
 * kept after publication with the document's review state at the time, as part of its history.
 */
export const ReviewComments: CollectionConfig<'review-comments'> = {
  slug: 'review-comments',
  access: {
    create: isStaff,
    delete: adminOrAuthor,
    read: isStaff,
    update: editorOrAuthor,
  },
  admin: {
    defaultColumns: ['body', 'documentTitle', 'field', 'status', 'author', 'createdAt'],
    group: 'Administration',
    useAsTitle: 'body',
  },
  defaultSort: 'createdAt',
  fields: [
    {
      name: 'documentCollection',
      type: 'select',
      access: fixedOnCreate,
      index: true,
      label: 'Collection',
      options: EDITORIAL_COLLECTIONS.map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'documentId', type: 'text', access: fixedOnCreate, index: true, label: 'Document ID', required: true },
    {
      name: 'field',
      type: 'text',
      access: fixedOnCreate,
      admin: { description: 'The field the thread is about (its path, e.g. value); empty for the whole document.' },
    },
    {
      name: 'parent',
      type: 'relationship',
      access: fixedOnCreate,
      admin: { description: 'The thread this comment answers; empty for the comment that starts a thread.' },
      index: true,
      label: 'Reply to',
      relationTo: 'review-comments',
    },
    { name: 'body', type: 'textarea', label: 'Comment', maxLength: COMMENT_MAX_LENGTH, required: true },
    { name: 'author', type: 'relationship', access: serverSet, index: true, relationTo: 'users' },
    { name: 'mentions', type: 'relationship', access: serverSet, hasMany: true, index: true, relationTo: 'users' },
    {
      name: 'status',
      type: 'select',
      access: { create: nobody },
      admin: { description: 'Of a thread (its first comment): open until an editor or its author resolves it.' },
      index: true,
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Resolved', value: 'resolved' },
      ],
    },
    { name: 'resolvedBy', type: 'relationship', access: serverSet, relationTo: 'users' },
    { name: 'resolvedAt', type: 'date', access: serverSet },
    { name: 'editedAt', type: 'date', access: serverSet },
    {
      name: 'documentStatus',
      type: 'select',
      access: serverSet,
      label: 'Review state then',
      options: WORKFLOW_STATUSES.map((value) => ({ label: WORKFLOW_STATUS_LABELS[value], value })),
    },
    { name: 'documentVersion', type: 'text', access: serverSet, label: 'Version then' },
    { name: 'documentTitle', type: 'text', access: serverSet, label: 'Document' },
  ],
  hooks: {
    afterChange: [sendMentionNotices],
    beforeChange: [prepareComment],
    beforeDelete: [keepAnsweredComments],
  },
  timestamps: true,
}
