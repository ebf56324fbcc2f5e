import type { Field } from 'payload'

export type CommentableField = { label: string; path: string }

/** Workflow bookkeeping a reviewer does not comment on. */
const SKIPPED = new Set([
  'changeAuthors',
  'reviewComment',
  'scheduledPublishAt',
  'submittedAt',
  'submittedBy',
  'workflowStatus',
])

const labelOf = (field: { label?: unknown; name: string }): string =>
  typeof field.label === 'string'
    ? field.label
    : field.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase())

/**
 * The fields of a collection a comment may be about, as dotted paths with their labels (a group's
 * fields under the group's label, rows, collapsibles and tabs see-through): the same paths the
 * review screen's diff uses. Hidden and interface-only fields are left out.
 */
export const commentableFieldsOf = (fields: Field[], prefix = '', labelPrefix = ''): CommentableField[] =>
  fields.flatMap((field): CommentableField[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? commentableFieldsOf(
              tab.fields,
              `${prefix}${tab.name}.`,
              `${labelPrefix}${labelOf({ label: tab.label, name: tab.name })} › `,
            )
          : commentableFieldsOf(tab.fields, prefix, labelPrefix),
      )
    }
    if (!('name' in field)) {
      return 'fields' in field ? commentableFieldsOf(field.fields, prefix, labelPrefix) : []
    }
    if (
      field.type === 'ui' ||
      field.admin?.hidden ||
      field.hidden ||
      SKIPPED.has(field.name) ||
      field.name.startsWith('_')
    ) {
      return []
    }
    if (field.type === 'group') {
      return commentableFieldsOf(field.fields, `${prefix}${field.name}.`, `${labelPrefix}${labelOf(field)} › `)
    }
    return [{ label: `${labelPrefix}${labelOf(field)}`, path: `${prefix}${field.name}` }]
  })
