import type { AfterErrorHook, PayloadRequest } from 'payload'

import { APIError, AuthenticationError, formatErrors, LockedAuth } from 'payload'

import { FAILURE_DURATION_MS, waitUntil } from '@/lib/auth/failureTiming'

const LOGIN_STARTED_AT = 'crossroadsLoginStartedAt'

/** Notes when a Payload login over HTTP began, for `answerFailedSignInsAlike`. */
export const markLoginStart = (req: PayloadRequest): void => {
  req.context[LOGIN_STARTED_AT] = Date.now()
}

/**
 * An error that may depend on the account: a wrong password, a locked account, or a failure while
 * counting the attempt (FerretDB cannot count, README "FerretDB gaps"). Errors about the request
 * itself (a missing password, too many failures from the address) are left as they are.
 */
const dependsOnAccount = (error: unknown): boolean =>
  error instanceof AuthenticationError ||
  error instanceof LockedAuth ||
  !(error instanceof APIError) ||
  (error.status ?? 500) >= 500

/**
 * Payload's login answers a locked account differently from a wrong password (`LockedAuth` vs
 * `AuthenticationError`), and an unknown email faster than both. Every failed login over REST or
 * GraphQL (the admin's form, API clients) is answered as a wrong password is, after the same
 * minimum time as `/sign-in`. The real error is still logged by Payload before this hook runs.
 */
export const answerFailedSignInsAlike: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  const startedAt = req.context?.[LOGIN_STARTED_AT]
  if (typeof startedAt !== 'number') {
    return
  }
  const original = graphqlResult ? (error as Error & { originalError?: unknown }).originalError : error
  if (original === undefined || !dependsOnAccount(original)) {
    return
  }
  await waitUntil(startedAt + FAILURE_DURATION_MS)
  const uniform = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, data: undefined, name: uniform.name, statusCode: uniform.status },
        message: uniform.message,
      },
    }
  }
  return { response: formatErrors(uniform), status: uniform.status }
}
