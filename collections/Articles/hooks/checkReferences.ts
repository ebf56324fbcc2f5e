import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { footnoteMarkersInOrder } from '@/lib/richText/plainText'

type Reference = { marker?: null | string }

/** Every footnote in the text must point at an endnote, and endnote markers must be unique. */
export const checkReferences: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) {
    return data
  }
  const body = data.body ?? originalDoc?.body
  const references: Reference[] = data.references ?? originalDoc?.references ?? []
  const markers = references.map((reference) => reference.marker?.trim() ?? '')
  const repeated = markers.find((marker, index) => marker && markers.indexOf(marker) !== index)
  if (repeated) {
    throw new ValidationError({
      collection: 'articles',
      errors: [{ message: `Endnote marker “${repeated}” is used twice.`, path: 'references' }],
    })
  }
  const missing = footnoteMarkersInOrder(body).filter((marker) => !markers.includes(marker))
  if (missing.length > 0) {
    throw new ValidationError({
      collection: 'articles',
      errors: [
        {
          message: `The text cites footnote${missing.length > 1 ? 's' : ''} ${missing.join(', ')} with no matching endnote.`,
          path: 'references',
        },
      ],
    })
  }
  return data
}
