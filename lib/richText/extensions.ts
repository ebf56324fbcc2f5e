import type { Extensions, JSONContent } from '@tiptap/core'

import { mergeAttributes, Node } from '@tiptap/core'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'

export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const

export const isAllowedHref = (href: unknown): boolean =>
  typeof href === 'string' && /^(https?:\/\/|mailto:)/i.test(href.trim())

const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const requireId = (what: string) => (value: unknown) => {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new RangeError(`${what} is missing`)
  }
  if (!ID_PATTERN.test(String(value))) {
    throw new RangeError(`${what} "${String(value).slice(0, 40)}" is not a valid id`)
  }
}

const optionalText = (what: string, max: number) => (value: unknown) => {
  if (value !== null && value !== undefined && (typeof value !== 'string' || value.length > max)) {
    throw new RangeError(`${what} must be text of at most ${max} characters`)
  }
}

/**
 * A numbered note: the source (title, address, publisher, access date) lives in the node, so a
 * writer adds it where the claim is made. Readers see numbers in document order; `id` is stable so
 * observations can cite "footnote i of this article" across edits.
 */
export const Footnote = Node.create({
  name: 'footnote',
  atom: true,
  group: 'inline',
  inline: true,
  selectable: true,
  addAttributes() {
    return {
      accessed: {
        default: null,
        validate: (value: unknown) => {
          if (value !== null && (typeof value !== 'string' || !ISO_DATE.test(value))) {
            throw new RangeError('footnote access date must be YYYY-MM-DD')
          }
        },
      },
      id: { default: null, validate: requireId('footnote id') },
      publisher: { default: null, validate: optionalText('footnote publisher', 200) },
      title: {
        default: null,
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !value.trim() || value.length > 500) {
            throw new RangeError('a footnote needs the title of its source (at most 500 characters)')
          }
        },
      },
      url: {
        default: null,
        validate: (value: unknown) => {
          if (value !== null && !(typeof value === 'string' && /^https?:\/\/\S+$/i.test(value))) {
            throw new RangeError('a footnote address must start with http:// or https://')
          }
        },
      },
    }
  },
  parseHTML() {
    return [
      {
        getAttrs: (element) => {
          const data = (element as HTMLElement).dataset
          return {
            accessed: data.accessed ?? null,
            id: data.footnote,
            publisher: data.publisher ?? null,
            title: data.title,
            url: data.url ?? null,
          }
        },
        tag: 'sup[data-footnote]',
      },
    ]
  },
  renderHTML({ node }) {
    return [
      'sup',
      {
        class: 'footnote-ref',
        'data-accessed': node.attrs.accessed,
        'data-footnote': node.attrs.id,
        'data-publisher': node.attrs.publisher,
        'data-title': node.attrs.title,
        'data-url': node.attrs.url,
        title: node.attrs.title,
      },
    ]
  },
})

/** A country named in the text; readers get a link to its profile. */
export const CountryMention = Node.create({
  name: 'countryMention',
  atom: true,
  group: 'inline',
  inline: true,
  selectable: true,
  addAttributes() {
    return {
      countryId: { default: null, validate: requireId('country mention') },
      label: { default: null, validate: optionalText('country mention label', 120) },
    }
  },
  parseHTML() {
    return [
      {
        getAttrs: (element) => ({
          countryId: (element as HTMLElement).dataset.countryId,
          label: (element as HTMLElement).textContent,
        }),
        tag: 'span[data-country-id]',
      },
    ]
  },
  renderHTML({ HTMLAttributes, node }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { class: 'country-mention', 'data-country-id': node.attrs.countryId }),
      node.attrs.label ?? 'country',
    ]
  },
  renderText({ node }) {
    return node.attrs.label ?? ''
  },
})

/**
 * A live figure: points at an observation and shows its current published value. `label` is the
 * text as it read when inserted, used only while the value cannot be looked up.
 */
export const IndicatorFigure = Node.create({
  name: 'indicatorFigure',
  atom: true,
  group: 'inline',
  inline: true,
  selectable: true,
  addAttributes() {
    return {
      label: { default: null, validate: optionalText('figure label', 200) },
      observationId: { default: null, validate: requireId('indicator figure') },
    }
  },
  parseHTML() {
    return [
      {
        getAttrs: (element) => ({
          label: (element as HTMLElement).textContent,
          observationId: (element as HTMLElement).dataset.observationId,
        }),
        tag: 'span[data-observation-id]',
      },
    ]
  },
  renderHTML({ node }) {
    return [
      'span',
      { class: 'indicator-figure', 'data-observation-id': node.attrs.observationId },
      node.attrs.label ?? 'figure',
    ]
  },
  renderText({ node }) {
    return node.attrs.label ?? ''
  },
})

/** An image from the media library with its caption and credit. */
export const Figure = Node.create({
  name: 'figure',
  atom: true,
  draggable: true,
  group: 'block',
  selectable: true,
  addAttributes() {
    return {
      caption: { default: null, validate: optionalText('figure caption', 600) },
      credit: { default: null, validate: optionalText('figure credit', 200) },
      mediaId: { default: null, validate: requireId('figure image') },
      src: {
        default: null,
        validate: (value: unknown) => {
          if (value !== null && !(typeof value === 'string' && /^\/api\/media\/file\/[^\s"'<>]+$/.test(value))) {
            throw new RangeError('figure preview must be a media library address')
          }
        },
      },
    }
  },
  parseHTML() {
    return [
      { getAttrs: (element) => ({ mediaId: (element as HTMLElement).dataset.mediaId }), tag: 'figure[data-media-id]' },
    ]
  },
  renderHTML({ node }) {
    return [
      'figure',
      { class: 'rich-figure', 'data-media-id': node.attrs.mediaId },
      ['img', { alt: '', src: node.attrs.src ?? '' }],
      ['figcaption', {}, [node.attrs.caption, node.attrs.credit].filter(Boolean).join(' — ')],
    ]
  },
})

/** The one schema shared by the admin editor, the server-side validator and the renderers. */
export const richTextExtensions: Extensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    heading: { levels: [2, 3, 4] },
    link: {
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedHref(url),
      openOnClick: false,
      protocols: [...ALLOWED_LINK_PROTOCOLS],
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Footnote,
  CountryMention,
  IndicatorFigure,
  Figure,
]

export type RichTextDoc = JSONContent & { type: 'doc' }

export const emptyDoc = (): RichTextDoc => ({ content: [{ type: 'paragraph' }], type: 'doc' })
