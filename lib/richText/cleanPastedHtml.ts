/** `html` without `<!-- … -->` comments (an unclosed comment runs to the end, as in a browser). */
const withoutComments = (html: string): string => {
  let text = ''
  let at = 0
  for (;;) {
    const open = html.indexOf('<!--', at)
    if (open < 0) {
      return text + html.slice(at)
    }
    text += html.slice(at, open)
    const close = html.indexOf('-->', open + 4)
    if (close < 0) {
      return text
    }
    at = close + 3
  }
}

/**
 * Tags and text. A tag is `<`, a name, attributes without `<` or `>`, then `>`; any other `<` is
 * text. Each match stops at the next `<`, so reading is linear in the length of the paste.
 */
const TOKEN = /<(\/?)([a-z][\w:-]*)((?:\s[^<>]*)?)\/?>|<|[^<]+/gi
const DROPPED_ATTRIBUTE = /\s(?:style|class|lang|dir|id|align|data-[a-z-]+)="[^"]*"/gi
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'title', 'xml'])
const DROPPED_TAG = new Set(['link', 'meta'])
const OFFICE_NAMESPACE = /^[omvw]:/i

/**
 * Tidies HTML pasted from Word or Google Docs before the editor parses it against the schema:
 * Office comments and XML, style sheets, inline styles and classes go; Google Docs' document-wide
 * `<b style="font-weight:normal">` wrapper is unwrapped so the paste does not turn bold; bold and
 * italic spans become `<strong>` and `<em>`; non-breaking spaces become plain spaces. Whatever the
 * schema does not know is then dropped by the editor.
 */
export const cleanPastedHtml = (html: string): string => {
  let out = ''
  let skippingUntil: null | string = null
  const bold: boolean[] = []
  const spans: ('em' | 'span' | 'strong' | 'strong-em')[] = []
  for (const [token, closing, rawName, attributes] of withoutComments(html).matchAll(TOKEN)) {
    if (!rawName) {
      if (!skippingUntil) {
        out += token
      }
      continue
    }
    const name = rawName.toLowerCase()
    const isClosing = closing === '/'
    if (skippingUntil) {
      if (isClosing && name === skippingUntil) {
        skippingUntil = null
      }
      continue
    }
    if (DROPPED_WITH_CONTENT.has(name) && !isClosing) {
      skippingUntil = name
    } else if (DROPPED_TAG.has(name) || DROPPED_WITH_CONTENT.has(name) || OFFICE_NAMESPACE.test(name)) {
      continue
    } else if (name === 'b' && !isClosing) {
      const isWrapper = /\sid="docs-internal-guid/i.test(attributes)
      bold.push(isWrapper)
      out += isWrapper ? '' : token.replace(DROPPED_ATTRIBUTE, '')
    } else if (name === 'b') {
      out += bold.pop() ? '' : token
    } else if (name === 'span' && !isClosing) {
      const isBold = /font-weight:\s*(?:700|bold)/i.test(attributes)
      const isItalic = /font-style:\s*italic/i.test(attributes)
      const kind = isBold && isItalic ? 'strong-em' : isBold ? 'strong' : isItalic ? 'em' : 'span'
      spans.push(kind)
      out += kind === 'span' ? token.replace(DROPPED_ATTRIBUTE, '') : `<${kind.replace('-', '><')}>`
    } else if (name === 'span') {
      const kind = spans.pop() ?? 'span'
      out += kind === 'strong-em' ? '</em></strong>' : `</${kind}>`
    } else {
      out += token.replace(DROPPED_ATTRIBUTE, '')
    }
  }
  return out.replace(/&nbsp;|\u00a0/g, ' ').replace(/<p>\s*<\/p>/gi, '')
}
