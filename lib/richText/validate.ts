import type { JSONContent } from '@tiptap/core'

import { getSchema } from '@tiptap/core'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'

import { isAllowedHref, richTextExtensions } from './extensions'

let cachedSchema: ReturnType<typeof getSchema> | undefined

export const richTextSchema = () => (cachedSchema ??= getSchema(richTextExtensions))

/**
 * ProseMirror silently drops attributes its schema does not know; we refuse them instead, so
 * nothing like an `onclick` is ever stored, even where it would be harmless.
 */
const findProblem = (node: JSONContent): null | string => {
  const schema = richTextSchema()
  const type = node.type ? schema.nodes[node.type] : undefined
  if (type) {
    for (const key of Object.keys(node.attrs ?? {})) {
      if (!(key in (type.spec.attrs ?? {}))) {
        return `Attribute "${key}" is not allowed on ${node.type}.`
      }
    }
  }
  for (const mark of node.marks ?? []) {
    const markType = schema.marks[mark.type]
    if (markType) {
      for (const key of Object.keys(mark.attrs ?? {})) {
        if (!(key in (markType.spec.attrs ?? {}))) {
          return `Attribute "${key}" is not allowed on ${mark.type}.`
        }
      }
    }
    if (mark.type === 'link' && !isAllowedHref(mark.attrs?.href)) {
      return `Link "${String(mark.attrs?.href ?? '').slice(0, 80)}" is not allowed: use an http(s) or mailto address.`
    }
  }
  for (const child of node.content ?? []) {
    const problem = findProblem(child)
    if (problem) {
      return problem
    }
  }
  return null
}

/**
 * Checks a stored rich-text value against the shared schema. Returns `true` or a message an author
 * can act on.
 */
export const validateRichTextDoc = (value: unknown): string | true => {
  if (!value || typeof value !== 'object' || (value as JSONContent).type !== 'doc') {
    return 'Rich text must be a document (type "doc").'
  }
  try {
    ProseMirrorNode.fromJSON(richTextSchema(), value).check()
  } catch (error) {
    return `Rich text is not valid: ${(error as Error).message}`
  }
  return findProblem(value as JSONContent) ?? true
}
