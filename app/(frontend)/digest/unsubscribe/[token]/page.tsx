import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import '@/components/site/account/account.css'
import { findSubscriptionByToken } from '@/lib/changeDigest/subscription'
import { getPayloadClient } from '@/lib/payload'

export const metadata: Metadata = {
  referrer: 'no-referrer',
  robots: { index: false },
  title: 'Stop the daily digest',
}

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ result?: string }> }

/**
 * Where a digest's unsubscribe link leads. Opening it changes nothing (mail scanners open links
 * too); the one button stops the mail, and the page names no account.
 */
const UnsubscribePage = async ({ params, searchParams }: Props) => {
  const [{ token }, { result }] = await Promise.all([params, searchParams])
  const subscription =
    result === 'done' ? null : await findSubscriptionByToken(await getPayloadClient(), 'unsubscribeToken', token)
  const isInvalid = result === 'invalid' || (result !== 'done' && !subscription)
  const isStopped = result === 'done' || subscription?.email === false
  return (
    <div className="sign-in">
      <header>
        <p className="eyebrow">Daily digest</p>
        <h1>{isInvalid ? 'This link does not work' : isStopped ? 'The daily digest is off' : 'Stop the daily digest?'}</h1>
      </header>
      {isInvalid ? (
        <p>It does not belong to any digest. Manage your digest in <Link href="/my">My Crossroads</Link>.</p>
      ) : isStopped ? (
        <p>
          No more digest mails will be sent to this address. To turn it back on, sign in and open{' '}
          <Link href="/my">My Crossroads</Link>.
        </p>
      ) : (
        <form action={`/api/digest/unsubscribe/${encodeURIComponent(token)}`} className="account-form" method="post">
          <p>You will get no more mails about changes to the countries and comparisons you follow.</p>
          <button className="button" type="submit">
            Stop the digest
          </button>
        </form>
      )}
    </div>
  )
}

export default UnsubscribePage
