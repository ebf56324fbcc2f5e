import type { JSONContent } from '@tiptap/core'

import { getSchema } from '@tiptap/core'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'

import { isAllowedHref, richTextExtensions } from './extensions'

let cachedSchema: ReturnType<typeof getSchema> | undefined

const schema = () => (cachedSchema ??= getSchema(richTextExtensions))

const findDisallowedLink = (node: JSONContent): null | string => {
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link' && !isAllowedHref(mark.attrs?.href)) {
      return String(mark.attrs?.href ?? '')
    }
  }
  for (const child of node.content ?? []) {
    const found = findDisallowedLink(child)
    if (found !== null) {
      return found
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
  const badHref = findDisallowedLink(value as JSONContent)
  if (badHref !== null) {
    return `Link "${badHref.slice(0, 80)}" is not allowed: use an http(s) or mailto address.`
  }
  try {
    ProseMirrorNode.fromJSON(schema(), value).check()
  } catch (error) {
    return `Rich text is not valid: ${(error as Error).message}`
  }
  return true
}
