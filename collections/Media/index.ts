import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { isStaff } from '@/access'
import { editorOrUnshownMedia } from '@/access/editorOrUnshownMedia'
import { shownOrStaff } from '@/access/shownOrStaff'
import { readSetting } from '@/server/settings.mjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: isStaff,
    delete: editorOrUnshownMedia,
    read: shownOrStaff,
    update: editorOrUnshownMedia,
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
    {
      name: 'isPublic',
      type: 'checkbox',
      access: { create: () => false, update: () => false },
      admin: {
        description: 'Set by the server: a published page shows this image, so only editors may change it.',
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: false,
      index: true,
      label: 'On published pages',
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
    staticDir: readSetting('MEDIA_DIR') ?? path.resolve(dirname, '../../media'),
  },
}
