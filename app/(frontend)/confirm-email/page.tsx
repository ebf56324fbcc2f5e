import type { Metadata } from 'next'

import React from 'react'

import '@/components/site/account/account.css'
import { findPendingEmailChange } from '@/lib/auth/emailChange'
import { getPayloadClient } from '@/lib/payload'

export const metadata: Metadata = {
  referrer: 'no-referrer',
  robots: { index: false },
  title: 'Confirm your email address',
}

// Reads a one-time token per request; never cached.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ result?: string; token?: string }> }

const RESULTS: Record<string, { heading: string; text: string }> = {
  done: {
    heading: 'Email address confirmed',
    text: 'Your account’s sign-in email is changed. Use the new address from now on.',
  },
  invalid: {
    heading: 'This link does not work any more',
    text: 'It was used already, or it expired (links last 24 hours), or a newer one was sent. Ask for the change again from your account.',
  },
  taken: {
    heading: 'This address is already in use',
    text: 'Another Crossroads account uses this email address, so it cannot become this account’s sign-in email. Ask an administrator for help.',
  },
}

/**
 * Where the link in an email-change mail leads. Opening it changes nothing (mail scanners open
 * links too): the owner of the new address reads which account it is for and presses Confirm.
 */
const ConfirmEmailPage = async ({ searchParams }: Props) => {
  const { result, token } = await searchParams
  const outcome = result ? RESULTS[result] : undefined
  const change = outcome ? null : await findPendingEmailChange(await getPayloadClient(), token)
  const shown = outcome ?? (change ? null : RESULTS.invalid)
  return (
    <div className="sign-in">
      <header>
        <p className="eyebrow">Your account</p>
        <h1>{shown ? shown.heading : 'Confirm your new email address'}</h1>
      </header>
      {shown ? (
        <p role="status">{shown.text}</p>
      ) : change ? (
        <section className="sign-in__panel">
          <p>
            Make <strong>{change.newEmail}</strong> the sign-in email of the Crossroads account of{' '}
            <strong>{change.account.name}</strong>?
          </p>
          <p>If you did not ask for this, close this page: nothing changes.</p>
          <form action="/api/users/confirm-email-change" className="account-form" method="post">
            <input name="token" type="hidden" value={token} />
            <button className="account-button account-button--primary" type="submit">
              Confirm
            </button>
          </form>
        </section>
      ) : null}
    </div>
  )
}

export default ConfirmEmailPage
