/** A one-paragraph rich-text document (ProseMirror JSON) holding `text`. */
export const paragraph = (text: string) => ({
  content: [{ content: [{ text, type: 'text' }], type: 'paragraph' }],
  type: 'doc',
})
