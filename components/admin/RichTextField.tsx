'use client'

import type { JSONContent } from '@tiptap/core'
import type { JSONFieldClientComponent } from 'payload'

import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import React, { useEffect, useState } from 'react'

import { emptyDoc, isAllowedHref, richTextExtensions } from '@/lib/richText/extensions'

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

type Prompt = { kind: 'footnote' | 'link'; value: string } | null

/** Tiptap editor for a Payload JSON field; the value is ProseMirror JSON. */
export const RichTextField: JSONFieldClientComponent = ({ field, path: pathProp, readOnly }) => {
  const path = pathProp ?? field.name
  const { errorMessage, setValue, showError, value } = useField<JSONContent | null>({ path })
  const [prompt, setPrompt] = useState<Prompt>(null)
  const [promptError, setPromptError] = useState<null | string>(null)

  const editor = useEditor({
    content: value ?? emptyDoc(),
    editable: !readOnly,
    editorProps: { attributes: { 'aria-label': String(field.label ?? field.name), role: 'textbox' } },
    extensions: richTextExtensions,
    immediatelyRender: false,
    onUpdate: ({ editor: current }) => setValue(current.isEmpty ? null : current.getJSON()),
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
            isH3: current.isActive('heading', { level: 3 }),
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
    editor?.setEditable(!readOnly)
  }, [editor, readOnly])

  const applyPrompt = () => {
    if (!editor || !prompt) {
      return
    }
    const text = prompt.value.trim()
    if (prompt.kind === 'link') {
      if (!text) {
        editor.chain().focus().extendMarkRange('link').unsetLink().run()
      } else if (!isAllowedHref(text)) {
        setPromptError('Use an address starting with http://, https:// or mailto:')
        return
      } else {
        editor.chain().focus().extendMarkRange('link').setLink({ href: text }).run()
      }
    } else {
      if (!/^[A-Za-z0-9_-]{1,24}$/.test(text)) {
        setPromptError('A marker is 1–24 letters or digits, e.g. 3 or iv.')
        return
      }
      editor
        .chain()
        .focus()
        .insertContent({ attrs: { marker: text }, type: 'footnoteRef' })
        .run()
    }
    setPrompt(null)
    setPromptError(null)
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
          <ToolbarButton label="Footnote" onClick={() => setPrompt({ kind: 'footnote', value: '' })} text="Note" />
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
      <EditorContent className="rich-text__editor" editor={editor} />
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
