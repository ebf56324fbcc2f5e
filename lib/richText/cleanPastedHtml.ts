/**
 * Tidies HTML pasted from Word or Google Docs before the editor parses it against the schema:
 * Office comments and XML, style sheets, inline styles and classes go; Google Docs' document-wide
 * `<b style="font-weight:normal">` wrapper is unwrapped so the paste does not turn bold; non-breaking
 * spaces become plain spaces. Whatever the schema does not know is then dropped by the editor.
 */
export const cleanPastedHtml = (html: string): string =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(?:o|w|m|v):[^>]*>/gi, '')
    .replace(/<(style|script|meta|link|title|xml)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<(meta|link)\b[^>]*\/?>/gi, '')
    .replace(/<b\b[^>]*id="docs-internal-guid[^"]*"[^>]*>([\s\S]*?)<\/b>/gi, '$1')
    .replace(/<span\b[^>]*font-weight:\s*(?:700|bold)[^>]*>([\s\S]*?)<\/span>/gi, '<strong>$1</strong>')
    .replace(/<span\b[^>]*font-style:\s*italic[^>]*>([\s\S]*?)<\/span>/gi, '<em>$1</em>')
    .replace(/\s(?:style|class|lang|dir|id|align|data-[a-z-]+)="[^"]*"/gi, '')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/<p>\s*<\/p>/gi, '')
