import type { FieldHook, TextField } from 'payload'

import { SLUG_PATTERN, textToSlug } from '@/lib/slugify'

type Options = {
  /** Field whose value becomes the slug when none is given. */
  from: string
}

const fillSlugFrom =
  (from: string): FieldHook =>
  ({ data, value }) => {
    if (typeof value === 'string' && value.trim()) {
      return textToSlug(value)
    }
    const source = data?.[from]
    return typeof source === 'string' ? textToSlug(source) : value
  }

/** A unique, indexed URL slug, filled from another field when left empty. */
export const slugField = ({ from }: Options): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: `Part of the page address. Left empty, it is made from the ${from}.`,
    position: 'sidebar',
  },
  hooks: { beforeValidate: [fillSlugFrom(from)] },
  index: true,
  // Not `required`, so API callers may omit it; the hook fills it and `validate` insists on it.
  unique: true,
  validate: (value: null | string | undefined) => {
    if (!value) {
      return 'A slug is required.'
    }
    return SLUG_PATTERN.test(value) || 'Use lowercase letters, digits and single hyphens only.'
  },
})
