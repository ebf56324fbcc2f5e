import { randomBytes } from 'node:crypto'

/** An unguessable token for a private feed or an unsubscribe link (192 bits, URL-safe). */
export const newDigestToken = (): string => randomBytes(24).toString('base64url')

/** Whether `value` looks like a token we issued, so lookups never run on arbitrary input. */
export const isDigestToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value)
