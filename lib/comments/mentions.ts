/**
 * A mention is `@` followed by a staff member's email address (`@ana@crossroads.example`): names
 * are not unique, addresses are. The review screen inserts the address when a name is picked.
 */
const MENTION = /(?<![\w.+-])@([a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/gi

/** The longest comment, so a thread stays readable and a request body small. */
export const COMMENT_MAX_LENGTH = 4000

/** The addresses a comment's text mentions, lower-cased, each once, in order of appearance. */
export const mentionedAddresses = (body: string): string[] => [
  ...new Set([...body.matchAll(MENTION)].map((match) => match[1].toLowerCase())),
]

/** The text around and including each mention, for highlighting it on screen. */
export const splitMentions = (body: string): { isMention: boolean; text: string }[] => {
  const parts: { isMention: boolean; text: string }[] = []
  let last = 0
  for (const match of body.matchAll(MENTION)) {
    if (match.index > last) {
      parts.push({ isMention: false, text: body.slice(last, match.index) })
    }
    parts.push({ isMention: true, text: match[0] })
    last = match.index + match[0].length
  }
  if (last < body.length) {
    parts.push({ isMention: false, text: body.slice(last) })
  }
  return parts
}
