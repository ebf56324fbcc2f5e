import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { User } from '@/payload-types'

import { hasRole } from '@/access/roles'
import {
  EMAIL_CHANGE_LIFETIME_MS,
  emailChangeLink,
  isEmailAddress,
  newEmailChangeToken,
  normalizeEmail,
} from '@/lib/auth/emailChange'
import { EMAIL_CHANGE_MAIL_OFF } from '@/lib/email/messages'
import { accountMailStatus } from '@/lib/email/settings'

/** Set in `context` by the confirmation endpoint for the account whose new address it confirms. */
export const CONFIRMED_EMAIL_CHANGE = 'crossroadsConfirmedEmailChange'

const MAIL_TO_SEND = 'crossroadsEmailChangeMail'

const NO_PENDING_CHANGE = { emailChangeExpiresAt: null, emailChangeTokenHash: null, pendingEmail: null }

/** Named explicitly: the bundled build shortens class names, and Payload logs errors by name. */
class EmailChangeMailOff extends APIError {
  constructor() {
    super(EMAIL_CHANGE_MAIL_OFF, 503, null, true)
    this.name = 'EmailChangeMailOff'
  }
}

/** One confirmation mail a minute per account, so nobody uses the server to flood a mailbox. */
const MIN_INTERVAL_MS = 60_000

class EmailChangeTooSoon extends APIError {
  constructor() {
    super('A confirmation mail was sent less than a minute ago. Wait a minute, then ask again.', 429, null, true)
    this.name = 'EmailChangeTooSoon'
  }
}

/**
 * A person's own new email address is not taken on their word: it waits in `pendingEmail` and a
 * single-use link (24 hours; only its hash is stored) goes to the new address; the sign-in email
 * changes when that link is followed. Otherwise a reader could take an address before its owner
 * arrives (single sign-on would then sign the owner into the reader's account) or move onto one
 * they do not own. Admins set other people's addresses directly, with a line in the log; code
 * acting without a user (the seed, scripts) does too.
 */
export const holdOwnEmailChange: CollectionBeforeChangeHook<User> = ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || typeof data.email !== 'string') {
    return data
  }
  const requested = normalizeEmail(data.email)
  if (requested === normalizeEmail(originalDoc.email)) {
    return data
  }
  if (context[CONFIRMED_EMAIL_CHANGE] === originalDoc.id || !req.user) {
    return { ...data, ...NO_PENDING_CHANGE }
  }
  const isOwnAccount = req.user.collection === 'users' && String(req.user.id) === String(originalDoc.id)
  if (!isOwnAccount && hasRole(req.user, 'admin')) {
    req.payload.logger.info({
      msg: `Admin ${req.user.email} (user ${req.user.id}) changed the sign-in email of user ${originalDoc.id} from ${originalDoc.email} to ${requested}.`,
    })
    return { ...data, ...NO_PENDING_CHANGE }
  }
  if (!isEmailAddress(requested)) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: 'Enter a valid email address.', path: 'email' }],
      req,
    })
  }
  if (!accountMailStatus().isOn) {
    throw new EmailChangeMailOff()
  }
  const lastAskedAt = originalDoc.emailChangeExpiresAt
    ? new Date(originalDoc.emailChangeExpiresAt).getTime() - EMAIL_CHANGE_LIFETIME_MS
    : 0
  if (Date.now() - lastAskedAt < MIN_INTERVAL_MS) {
    throw new EmailChangeTooSoon()
  }
  const { hash, token } = newEmailChangeToken()
  context[MAIL_TO_SEND] = { id: originalDoc.id, to: requested, token }
  return {
    ...data,
    email: originalDoc.email,
    emailChangeExpiresAt: new Date(Date.now() + EMAIL_CHANGE_LIFETIME_MS).toISOString(),
    emailChangeTokenHash: hash,
    pendingEmail: requested,
  }
}

/** Mails the confirmation link that `holdOwnEmailChange` made, once the pending change is saved. */
export const mailEmailChangeConfirmation: CollectionAfterChangeHook<User> = async ({ context, doc, req }) => {
  const mail = context[MAIL_TO_SEND] as undefined | { id: User['id']; to: string; token: string }
  if (!mail || mail.id !== doc.id) {
    return doc
  }
  delete context[MAIL_TO_SEND]
  const link = emailChangeLink(mail.token)
  await req.payload.sendEmail({
    subject: 'Confirm your new email address for Crossroads',
    text: [
      `Hello ${doc.name},`,
      '',
      `Someone signed in to your Crossroads account asked to make ${mail.to} its sign-in address.`,
      `To confirm, open this link within 24 hours and press "Confirm":`,
      '',
      link,
      '',
      'If you did not ask for this, ignore this message: nothing changes.',
    ].join('\n'),
    to: mail.to,
  })
  return doc
}
