import type { JSONField } from 'payload'

import { validateRichTextDoc } from '@/lib/richText/validate'

type Options = {
  admin?: JSONField['admin']
  label?: string
  name: string
  required?: boolean
}

/** Rich text edited with Tiptap in the admin and stored as ProseMirror JSON. */
export const richTextField = ({ admin, label, name, required = false }: Options): JSONField => ({
  name,
  type: 'json',
  admin: {
    ...admin,
    components: { Field: '/components/admin/RichTextField#RichTextField' },
  },
  label,
  required,
  validate: (value: unknown) => {
    if (value === null || value === undefined) {
      return required ? 'This field is required.' : true
    }
    return validateRichTextDoc(value)
  },
})
