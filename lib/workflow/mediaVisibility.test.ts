import type { FlattenedField } from 'payload'

import { describe, expect, it } from 'vitest'

import { fieldsShowMedia, mediaIdsIn } from './mediaVisibility'

const richText = { custom: { isRichText: true }, name: 'body', type: 'json' }
const fields = [
  { name: 'heroImage', relationTo: 'media', type: 'upload' },
  richText,
  { flattenedFields: [{ name: 'logo', relationTo: 'media', type: 'upload' }], name: 'source', type: 'group' },
  { name: 'mediaRefs', relationTo: 'media', type: 'relationship', hasMany: true },
  { name: 'title', type: 'text' },
] as unknown as FlattenedField[]

const image = (mediaId: number) => ({ attrs: { mediaId }, type: 'figure' })

describe('media a document shows', () => {
  it('should collect uploads and images in rich text, not the derived list itself', () => {
    const doc = {
      body: { content: [{ content: [image(4)], type: 'paragraph' }, image(2)], type: 'doc' },
      heroImage: { id: 2, url: '/x.png' },
      mediaRefs: [99],
      source: { logo: 7 },
      title: 'T',
    }
    expect(mediaIdsIn(fields, doc)).toEqual(['2', '4', '7'])
    expect(mediaIdsIn(fields, { title: 'none' })).toEqual([])
  })

  it('should know which collections can show media', () => {
    expect(fieldsShowMedia([{ name: 'title', type: 'text' }])).toBe(false)
    expect(fieldsShowMedia([{ fields: [{ name: 'photo', relationTo: 'media', type: 'upload' }], type: 'row' }])).toBe(
      true,
    )
    expect(fieldsShowMedia([richText as never])).toBe(true)
  })
})
