import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { clientAddress } from '@/lib/auth/credentials'
import { signInFailuresPerAddress } from '@/lib/auth/failureLimiter'

import { markLoginStart } from './answerFailedSignInsAlike'

/**
 * Named explicitly: the bundled build shortens class names, and Payload shows an error's message
 * (and picks its log level, `loggingLevels` in payload.config.ts) by its name.
 */
export class TooManySignInFailures extends APIError {
  constructor() {
    super('Too many failed sign-ins from this address. Try again in 15 minutes.', 429, null, true)
    this.name = 'TooManySignInFailures'
  }
}

/** A Payload login over HTTP (REST or GraphQL): the admin's password form, API clients. */
const overHttp = (payloadAPI: string) => payloadAPI !== 'local'

/**
 * Payload's own login counts against the same failed sign-ins per client address as `/sign-in`
 * (`lib/auth/credentials.ts`, which logs in through the Local API and counts for itself). The
 * attempt is counted before the password is checked, so concurrent guesses cannot all slip under
 * the limit, and taken back by `forgiveSuccessfulLogin` when it succeeds.
 */
export const countLoginFailuresPerAddress: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' || !overHttp(req.payloadAPI)) {
    return args
  }
  const failures = signInFailuresPerAddress()
  const address = clientAddress(req.headers)
  if (await failures.isBlocked(address)) {
    throw new TooManySignInFailures()
  }
  await failures.recordFailure(address)
  markLoginStart(req)
  return args
}

export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (overHttp(req.payloadAPI)) {
    await signInFailuresPerAddress().forgive(clientAddress(req.headers))
  }
  return user
}
