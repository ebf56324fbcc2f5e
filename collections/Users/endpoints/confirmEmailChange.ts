import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { findPendingEmailChange } from '@/lib/auth/emailChange'

import { CONFIRMED_EMAIL_CHANGE } from '../hooks/holdOwnEmailChange'

export const EMAIL_CHANGE_INVALID =
  'This confirmation link is not valid any more: it was used already, or it expired, or a newer one was sent. Ask for the change again from your account.'

export const EMAIL_CHANGE_TAKEN =
  'Another account already uses this address, so it cannot become this account’s sign-in email. Ask an administrator for help.'

type Outcome = { message: string; result: 'done' | 'invalid' | 'taken'; status: number }

const isForm = (req: PayloadRequest) =>
  (req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')

const tokenOf = async (req: PayloadRequest): Promise<unknown> => {
  if (isForm(req)) {
    return new URLSearchParams(await req.text!()).get('token')
  }
  const body = (await req.json!().catch(() => null)) as null | { token?: unknown }
  return body?.token
}

const confirm = async (req: PayloadRequest, token: unknown): Promise<Outcome> => {
  const { payload } = req
  const change = await findPendingEmailChange(payload, token)
  if (!change) {
    return { message: EMAIL_CHANGE_INVALID, result: 'invalid', status: 400 }
  }
  const taken = await payload.db.findOne<User>({
    collection: 'users',
    where: { email: { equals: change.newEmail } },
  })
  if (taken) {
    return { message: EMAIL_CHANGE_TAKEN, result: 'taken', status: 409 }
  }
  const { account: before } = change
  await payload.update({
    collection: 'users',
    context: { [CONFIRMED_EMAIL_CHANGE]: before.id },
    data: { email: change.newEmail },
    id: before.id,
    overrideAccess: true,
  })
  payload.logger.info({ msg: `User ${before.id} confirmed a new sign-in email (was ${before.email}).` })
  await payload.sendEmail({
    subject: 'Your Crossroads sign-in email was changed',
    text: [
      `Hello ${before.name},`,
      '',
      `The sign-in email of your Crossroads account is now ${change.newEmail}, confirmed from that address.`,
      'If you did not ask for this, contact an administrator at once.',
    ].join('\n'),
    to: before.email,
  })
  return { message: `Your sign-in email is now ${change.newEmail}.`, result: 'done', status: 200 }
}

/**
 * `POST /api/users/confirm-email-change` with the token from the confirmation mail (JSON
 * `{ "token" }`, or the form on `/confirm-email`, which is sent back there with the outcome).
 * The token is the proof of owning the new address, so no session is needed.
 */
export const confirmEmailChange: Endpoint = {
  handler: async (req) => {
    const outcome = await confirm(req, await tokenOf(req))
    if (isForm(req)) {
      return new Response(null, { headers: { Location: `/confirm-email?result=${outcome.result}` }, status: 303 })
    }
    return Response.json(
      outcome.status === 200 ? { message: outcome.message } : { errors: [{ message: outcome.message }] },
      { status: outcome.status },
    )
  },
  method: 'post',
  path: '/confirm-email-change',
}
