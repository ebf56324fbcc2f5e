import type { SendEmailOptions } from 'payload'

type Mailbox = { address: string; name: string }

/** `Name <address>` or a bare address, as in `MAIL_FROM`. */
export const mailboxOf = (text: string): Mailbox => {
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(text)
  return named ? { address: named[2], name: named[1].trim() } : { address: text.trim(), name: '' }
}

type Recipients = SendEmailOptions['to']

/** Every recipient address of a message (`to` only: Crossroads sends no copies). */
export const recipientsOf = (to: Recipients): string[] => {
  if (!to) {
    return []
  }
  if (Array.isArray(to)) {
    return to.flatMap((entry) => recipientsOf(entry as Recipients))
  }
  const address = typeof to === 'string' ? to : to.address
  return address ? [address] : []
}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** A message's plain text, or its HTML with the tags taken out (Payload's own mails are HTML only). */
export const textOf = (message: Pick<SendEmailOptions, 'html' | 'text'>): string => {
  if (typeof message.text === 'string' && message.text) {
    return message.text
  }
  if (typeof message.html !== 'string') {
    return ''
  }
  return decodeEntities(
    message.html
      .replace(/<[^>]*>/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .trim(),
  )
}
