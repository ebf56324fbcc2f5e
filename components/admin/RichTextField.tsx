'use client'

import type { JSONContent } from '@tiptap/core'
import type { JSONFieldClientComponent } from 'payload'

import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import React, { useCallback, useEffect, useState } from 'react'

import type { PickerOption } from './ReferencePicker'

import { formatValue, qualifierText } from '@/lib/format'
import { cleanPastedHtml } from '@/lib/richText/cleanPastedHtml'
import { emptyDoc, isAllowedHref, richTextExtensions } from '@/lib/richText/extensions'

import { ReferencePicker } from './ReferencePicker'

type ToolbarButtonProps = {
  isActive?: boolean
  isDisabled?: boolean
  label: string
  onClick: () => void
  shortcut?: string
  text: React.ReactNode
}

const ToolbarButton = ({ isActive, isDisabled, label, onClick, shortcut, text }: ToolbarButtonProps) => (
  <button
    aria-label={label}
    aria-pressed={isActive}
    className={`rich-text__button${isActive ? ' rich-text__button--active' : ''}`}
    disabled={isDisabled}
    onClick={onClick}
    onMouseDown={(event) => event.preventDefault()}
    title={shortcut ? `${label} (${shortcut})` : label}
    type="button"
  >
    {text}
  </button>
)

type Prompt = { kind: 'link'; value: string } | null

type Panel = 'caption' | 'country' | 'figure' | 'footnote' | 'image' | null

type FootnoteDraft = { accessed: string; publisher: string; title: string; url: string }

const EMPTY_FOOTNOTE: FootnoteDraft = { accessed: '', publisher: '', title: '', url: '' }

const newFootnoteId = () => `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`

type Doc = Record<string, unknown>

const countryOption = (doc: Doc): PickerOption => ({
  description: [doc.iso3, doc.capital].filter(Boolean).join(' · '),
  id: doc.id as number,
  label: String(doc.name),
  raw: doc,
})

const observationLabel = (doc: Doc): string => {
  const indicator = (doc.indicator ?? {}) as { decimals?: number; scale?: string; unit?: string }
  const value = formatValue({
    decimals: indicator.decimals,
    scale: indicator.scale,
    unit: String(doc.unit ?? indicator.unit ?? ''),
    value: Number(doc.value),
    valueMax: doc.valueMax as null | number,
  })
  const qualifier = qualifierText(doc.qualifier as string)
  return qualifier ? `${qualifier} ${value}` : value
}

const observationOption = (doc: Doc): PickerOption => ({
  description: String(doc.title ?? ''),
  id: doc.id as number,
  label: observationLabel(doc),
  raw: doc,
})

const mediaOption = (doc: Doc): PickerOption => ({
  description: [doc.filename, doc.credit].filter(Boolean).join(' · '),
  id: doc.id as number,
  label: String(doc.alt),
  raw: doc,
})

/** Tiptap editor for a Payload JSON field; the value is ProseMirror JSON. */
export const RichTextField: JSONFieldClientComponent = ({ field, path: pathProp, readOnly }) => {
  const path = pathProp ?? field.name
  const { errorMessage, setValue, showError, value } = useField<JSONContent | null>({ path })
  const [prompt, setPrompt] = useState<Prompt>(null)
  const [promptError, setPromptError] = useState<null | string>(null)
  const [panel, setPanel] = useState<Panel>(null)
  const [footnote, setFootnote] = useState<FootnoteDraft>(EMPTY_FOOTNOTE)
  const [isEditingFootnote, setIsEditingFootnote] = useState(false)
  const [caption, setCaption] = useState({ caption: '', credit: '' })
  const [pendingFigure, setPendingFigure] = useState<null | Record<string, unknown>>(null)

  const editor = useEditor({
    content: value ?? emptyDoc(),
    editable: !readOnly,
    editorProps: {
      attributes: { 'aria-label': String(field.label ?? field.name), role: 'textbox' },
      transformPastedHTML: cleanPastedHtml,
    },
    extensions: richTextExtensions,
    immediatelyRender: false,
    // Tiptap also announces updates that change nothing (e.g. setEditable); those must not mark the
    // form as edited, or every document with rich text would open as "unsaved changes".
    onUpdate: ({ editor: current, transaction }) => {
      if (transaction.docChanged) {
        setValue(current.isEmpty ? null : current.getJSON())
      }
    },
  })

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current
        ? {
            canRedo: current.can().redo(),
            canUndo: current.can().undo(),
            isBlockquote: current.isActive('blockquote'),
            isBold: current.isActive('bold'),
            isBullet: current.isActive('bulletList'),
            isH2: current.isActive('heading', { level: 2 }),
            isFigure: current.isActive('figure'),
            isFootnote: current.isActive('footnote'),
            isInTable: current.isActive('table'),
            isH3: current.isActive('heading', { level: 3 }),
            isH4: current.isActive('heading', { level: 4 }),
            isItalic: current.isActive('italic'),
            isLink: current.isActive('link'),
            isOrdered: current.isActive('orderedList'),
            isStrike: current.isActive('strike'),
            isUnderline: current.isActive('underline'),
          }
        : null,
  })

  useEffect(() => {
    if (!editor || editor.isFocused) {
      return
    }
    const current = editor.isEmpty ? null : editor.getJSON()
    if (JSON.stringify(current) !== JSON.stringify(value ?? null)) {
      editor.commands.setContent(value ?? emptyDoc(), { emitUpdate: false })
    }
  }, [editor, value])

  useEffect(() => {
    editor?.setEditable(!readOnly, false)
  }, [editor, readOnly])

  const applyPrompt = () => {
    if (!editor || !prompt) {
      return
    }
    const text = prompt.value.trim()
    if (!text) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run()
    } else if (!isAllowedHref(text)) {
      setPromptError('Use an address starting with http://, https:// or mailto:')
      return
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: text }).run()
    }
    setPrompt(null)
    setPromptError(null)
  }

  const closePanel = useCallback(() => {
    setPanel(null)
    setPromptError(null)
    editor?.commands.focus()
  }, [editor])

  const insertFootnote = () => {
    if (!editor) {
      return
    }
    const url = footnote.url.trim()
    if (!footnote.title.trim()) {
      setPromptError('Give the title of the source.')
      return
    }
    if (url && !/^https?:\/\/\S+$/i.test(url)) {
      setPromptError('The address must start with http:// or https://')
      return
    }
    const source = {
      accessed: footnote.accessed || null,
      publisher: footnote.publisher.trim() || null,
      title: footnote.title.trim(),
      url: url || null,
    }
    if (isEditingFootnote) {
      editor.chain().focus().updateAttributes('footnote', source).run()
    } else {
      editor
        .chain()
        .focus()
        .insertContent({ attrs: { ...source, id: newFootnoteId() }, type: 'footnote' })
        .run()
    }
    setFootnote(EMPTY_FOOTNOTE)
    setIsEditingFootnote(false)
    closePanel()
  }

  const applyCaption = () => {
    const text = { caption: caption.caption.trim() || null, credit: caption.credit.trim() || null }
    if (pendingFigure) {
      editor
        ?.chain()
        .focus()
        .insertContent({ attrs: { ...pendingFigure, ...text }, type: 'figure' })
        .run()
      setPendingFigure(null)
    } else {
      editor?.chain().focus().updateAttributes('figure', text).run()
    }
    closePanel()
  }

  const insertPicked = (node: Record<string, unknown>) => {
    editor?.chain().focus().insertContent(node).run()
    closePanel()
  }

  const chain = () => editor!.chain().focus()

  return (
    <div className="field-type rich-text">
      <FieldLabel label={field.label} path={path} required={field.required} />
      <FieldError message={errorMessage} path={path} showError={showError} />
      {editor && state && !readOnly ? (
        <div
          aria-label={`${String(field.label ?? field.name)} formatting`}
          className="rich-text__toolbar"
          role="toolbar"
        >
          <ToolbarButton
            isActive={state.isBold}
            label="Bold"
            onClick={() => chain().toggleBold().run()}
            shortcut="Ctrl+B"
            text={<b>B</b>}
          />
          <ToolbarButton
            isActive={state.isItalic}
            label="Italic"
            onClick={() => chain().toggleItalic().run()}
            shortcut="Ctrl+I"
            text={<i>I</i>}
          />
          <ToolbarButton
            isActive={state.isUnderline}
            label="Underline"
            onClick={() => chain().toggleUnderline().run()}
            shortcut="Ctrl+U"
            text={<u>U</u>}
          />
          <ToolbarButton
            isActive={state.isStrike}
            label="Strikethrough"
            onClick={() => chain().toggleStrike().run()}
            shortcut="Ctrl+Shift+S"
            text={<s>S</s>}
          />
          <span aria-hidden className="rich-text__divider" />
          <ToolbarButton
            isActive={state.isH2}
            label="Heading 2"
            onClick={() => chain().toggleHeading({ level: 2 }).run()}
            shortcut="Ctrl+Alt+2"
            text="H2"
          />
          <ToolbarButton
            isActive={state.isH3}
            label="Heading 3"
            onClick={() => chain().toggleHeading({ level: 3 }).run()}
            shortcut="Ctrl+Alt+3"
            text="H3"
          />
          <ToolbarButton
            isActive={state.isH4}
            label="Heading 4"
            onClick={() => chain().toggleHeading({ level: 4 }).run()}
            shortcut="Ctrl+Alt+4"
            text="H4"
          />
          <ToolbarButton
            isActive={state.isBullet}
            label="Bulleted list"
            onClick={() => chain().toggleBulletList().run()}
            shortcut="Ctrl+Shift+8"
            text="•"
          />
          <ToolbarButton
            isActive={state.isOrdered}
            label="Numbered list"
            onClick={() => chain().toggleOrderedList().run()}
            shortcut="Ctrl+Shift+7"
            text="1."
          />
          <ToolbarButton
            isActive={state.isBlockquote}
            label="Quote"
            onClick={() => chain().toggleBlockquote().run()}
            shortcut="Ctrl+Shift+B"
            text="❝"
          />
          <ToolbarButton label="Divider" onClick={() => chain().setHorizontalRule().run()} text="―" />
          <span aria-hidden className="rich-text__divider" />
          <ToolbarButton
            isActive={state.isLink}
            label="Link"
            onClick={() => setPrompt({ kind: 'link', value: editor.getAttributes('link').href ?? '' })}
            text="Link"
          />
          <ToolbarButton
            label="Footnote"
            onClick={() => {
              setIsEditingFootnote(false)
              setFootnote(EMPTY_FOOTNOTE)
              setPanel('footnote')
            }}
            text="Note"
          />
          {state.isFigure ? (
            <ToolbarButton
              label="Edit the image caption"
              onClick={() => {
                const attrs = editor.getAttributes('figure')
                setCaption({ caption: attrs.caption ?? '', credit: attrs.credit ?? '' })
                setPendingFigure(null)
                setPanel('caption')
              }}
              text="Caption"
            />
          ) : null}
          {state.isFootnote ? (
            <ToolbarButton
              label="Edit the selected footnote"
              onClick={() => {
                const attrs = editor.getAttributes('footnote')
                setFootnote({
                  accessed: attrs.accessed ?? '',
                  publisher: attrs.publisher ?? '',
                  title: attrs.title ?? '',
                  url: attrs.url ?? '',
                })
                setIsEditingFootnote(true)
                setPanel('footnote')
              }}
              text="Edit note"
            />
          ) : null}
          <ToolbarButton label="Mention a country" onClick={() => setPanel('country')} text="Country" />
          <ToolbarButton label="Insert a live figure" onClick={() => setPanel('figure')} text="Figure" />
          <ToolbarButton label="Insert an image" onClick={() => setPanel('image')} text="Image" />
          <ToolbarButton
            label="Insert a table"
            onClick={() => chain().insertTable({ cols: 3, rows: 3, withHeaderRow: true }).run()}
            text="Table"
          />
          {state.isInTable ? (
            <>
              <ToolbarButton label="Add a row below" onClick={() => chain().addRowAfter().run()} text="+Row" />
              <ToolbarButton
                label="Add a column to the right"
                onClick={() => chain().addColumnAfter().run()}
                text="+Col"
              />
              <ToolbarButton label="Delete this row" onClick={() => chain().deleteRow().run()} text="−Row" />
              <ToolbarButton label="Delete this column" onClick={() => chain().deleteColumn().run()} text="−Col" />
              <ToolbarButton label="Delete the table" onClick={() => chain().deleteTable().run()} text="×Table" />
            </>
          ) : null}
          <span aria-hidden className="rich-text__divider" />
          <ToolbarButton
            isDisabled={!state.canUndo}
            label="Undo"
            onClick={() => chain().undo().run()}
            shortcut="Ctrl+Z"
            text="↶"
          />
          <ToolbarButton
            isDisabled={!state.canRedo}
            label="Redo"
            onClick={() => chain().redo().run()}
            shortcut="Ctrl+Shift+Z"
            text="↷"
          />
        </div>
      ) : null}
      {prompt ? (
        <div className="rich-text__prompt">
          <label>
            {prompt.kind === 'link'
              ? 'Link address (empty removes the link)'
              : 'Endnote marker (as listed under References)'}
            <input
              autoFocus
              onChange={(event) => setPrompt({ ...prompt, value: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  applyPrompt()
                }
                if (event.key === 'Escape') {
                  setPrompt(null)
                }
              }}
              type="text"
              value={prompt.value}
            />
          </label>
          <button className="rich-text__button" onClick={applyPrompt} type="button">
            Apply
          </button>
          <button className="rich-text__button" onClick={() => setPrompt(null)} type="button">
            Cancel
          </button>
          {promptError ? <p role="alert">{promptError}</p> : null}
        </div>
      ) : null}
      {panel === 'footnote' ? (
        <div
          aria-label={isEditingFootnote ? 'Edit footnote' : 'New footnote'}
          className="rich-text__prompt"
          role="group"
        >
          <label>
            Source title *
            <input
              autoFocus
              onChange={(event) => setFootnote({ ...footnote, title: event.target.value })}
              type="text"
              value={footnote.title}
            />
          </label>
          <label>
            Source address
            <input
              onChange={(event) => setFootnote({ ...footnote, url: event.target.value })}
              placeholder="https://"
              type="url"
              value={footnote.url}
            />
          </label>
          <label>
            Publisher
            <input
              onChange={(event) => setFootnote({ ...footnote, publisher: event.target.value })}
              type="text"
              value={footnote.publisher}
            />
          </label>
          <label>
            Accessed on
            <input
              onChange={(event) => setFootnote({ ...footnote, accessed: event.target.value })}
              type="date"
              value={footnote.accessed}
            />
          </label>
          <button className="rich-text__button" onClick={insertFootnote} type="button">
            {isEditingFootnote ? 'Update footnote' : 'Insert footnote'}
          </button>
          <button className="rich-text__button" onClick={closePanel} type="button">
            Cancel
          </button>
          {promptError ? <p role="alert">{promptError}</p> : null}
        </div>
      ) : null}
      {panel === 'caption' ? (
        <div aria-label="Image caption" className="rich-text__prompt" role="group">
          <label>
            Caption
            <input
              autoFocus
              onChange={(event) => setCaption({ ...caption, caption: event.target.value })}
              type="text"
              value={caption.caption}
            />
          </label>
          <label>
            Credit
            <input
              onChange={(event) => setCaption({ ...caption, credit: event.target.value })}
              type="text"
              value={caption.credit}
            />
          </label>
          <button className="rich-text__button" onClick={applyCaption} type="button">
            {pendingFigure ? 'Insert image' : 'Update caption'}
          </button>
          <button className="rich-text__button" onClick={closePanel} type="button">
            Cancel
          </button>
        </div>
      ) : null}
      {panel === 'country' ? (
        <ReferencePicker
          collection="countries"
          field="name"
          label="Country to mention"
          onCancel={closePanel}
          onPick={(option) =>
            insertPicked({ attrs: { countryId: String(option.id), label: option.label }, type: 'countryMention' })
          }
          toOption={countryOption}
        />
      ) : null}
      {panel === 'figure' ? (
        <ReferencePicker
          collection="observations"
          field="title"
          label="Observation to show (its current published value)"
          onCancel={closePanel}
          onPick={(option) =>
            insertPicked({ attrs: { label: option.label, observationId: String(option.id) }, type: 'indicatorFigure' })
          }
          toOption={observationOption}
        />
      ) : null}
      {panel === 'image' ? (
        <ReferencePicker
          collection="media"
          field="alt"
          label="Image from the media library"
          onCancel={closePanel}
          onPick={(option) => {
            setPendingFigure({
              mediaId: String(option.id),
              src:
                typeof option.raw.url === 'string' && option.raw.url.startsWith('/api/media/file/')
                  ? option.raw.url
                  : null,
            })
            setCaption({ caption: String(option.raw.caption ?? ''), credit: String(option.raw.credit ?? '') })
            setPanel('caption')
          }}
          toOption={mediaOption}
        />
      ) : null}
      <EditorContent className="rich-text__editor" editor={editor} />
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
