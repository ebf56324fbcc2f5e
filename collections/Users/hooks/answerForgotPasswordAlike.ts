import type { CollectionAfterForgotPasswordHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { User } from '@/payload-types'

import { FAILURE_DURATION_MS, waitUntil } from '@/lib/auth/failureTiming'
import { RESET_MAIL_OFF } from '@/lib/email/messages'
import { accountMailStatus } from '@/lib/email/settings'

const FORGOT_STARTED_AT = 'crossroadsForgotPasswordStartedAt'

/** Named explicitly: the bundled build shortens class names, and Payload logs errors by name. */
export class ResetMailOff extends APIError {
  constructor() {
    super(RESET_MAIL_OFF, 503, null, true)
    this.name = 'ResetMailOff'
  }
}

/**
 * Whether Payload's forgot-password operation will write a reset token and mail it: there is an
 * account with this address and it asked for no reset in the last `minRequestInterval` (Payload
 * answers a repeated request within that time without mailing again).
 */
const willSendResetMail = async ({ email, req }: { email: unknown; req: PayloadRequest }): Promise<boolean> => {
  const address = typeof email === 'string' ? email.toLowerCase().trim() : ''
  if (!address) {
    return false
  }
  const user = await req.payload.db.findOne<User>({ collection: 'users', where: { email: { equals: address } } })
  if (!user) {
    return false
  }
  const interval = req.payload.collections.users.config.auth.forgotPassword?.minRequestInterval ?? 15_000
  const requestedAt = user.resetPasswordRequestedAt ? new Date(user.resetPasswordRequestedAt).getTime() : 0
  return requestedAt <= Date.now() - interval
}

/**
 * "Forgot password" must not tell an address with an account from one without: both answer
 * "success", and both take at least as long as a failed sign-in. An address without a reset to
 * send waits here; one with a reset waits in `finishForgotPasswordInTime`, after the mail is handed
 * to the mail server. Where reset mail is off (production without a mail server), every request
 * gets the same 503 saying so, and no token is made.
 */
export const answerForgotPasswordAlike: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') {
    return args
  }
  if (!accountMailStatus().isOn) {
    throw new ResetMailOff()
  }
  const startedAt = Date.now()
  req.context[FORGOT_STARTED_AT] = startedAt
  if (!(await willSendResetMail({ email: args.data?.email, req }))) {
    await waitUntil(startedAt + FAILURE_DURATION_MS)
  }
  return args
}

export const finishForgotPasswordInTime: CollectionAfterForgotPasswordHook = async ({ context }) => {
  const startedAt = context[FORGOT_STARTED_AT]
  if (typeof startedAt === 'number') {
    await waitUntil(startedAt + FAILURE_DURATION_MS)
  }
}
