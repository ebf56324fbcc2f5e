import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { anyone, isEditor, isStaff } from '@/access'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: isStaff,
    delete: isEditor,
    read: anyone,
    update: isStaff,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    group: 'Library',
    useAsTitle: 'alt',
  },
  defaultPopulate: {
    alt: true,
    credit: true,
    filename: true,
    height: true,
    mimeType: true,
    sizes: true,
    url: true,
    width: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: 'Describe the image for people who cannot see it.' },
      label: 'Alt text',
      maxLength: 300,
      required: true,
    },
    {
      name: 'credit',
      type: 'text',
      admin: { description: 'Photographer, agency or licence, as it should be printed.' },
      maxLength: 200,
    },
    {
      name: 'caption',
      type: 'textarea',
      maxLength: 600,
    },
  ],
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', height: 300, position: 'centre', width: 400 },
      { name: 'card', height: 630, position: 'centre', width: 1200 },
    ],
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'image/gif'],
    staticDir: process.env.MEDIA_DIR || path.resolve(dirname, '../../media'),
  },
}
