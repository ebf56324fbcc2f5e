import type { Metadata } from 'next'

import React from 'react'

import '@/components/site/account/account.css'
import { safeCallbackPath } from '@/lib/auth/callbackUrl'
import { oidcSettings } from '@/lib/auth/env'
import { CREDENTIALS_FAILED, SSO_EMAIL_NOT_VERIFIED, SSO_EMAIL_NOT_VERIFIED_MESSAGE } from '@/lib/auth/messages'

import { SignInForm } from './SignInForm.client'

export const metadata: Metadata = { robots: { index: false }, title: 'Sign in' }

// The identity provider is configured per deployment, so the page reads the environment per request.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> }

/** next-auth reports a failed SSO round trip with an error code; none of them is worth more detail here. */
const ssoErrorMessage = (error: string | undefined): null | string => {
  if (!error) {
    return null
  }
  if (error === 'CredentialsSignin') {
    return CREDENTIALS_FAILED
  }
  if (error === SSO_EMAIL_NOT_VERIFIED) {
    return SSO_EMAIL_NOT_VERIFIED_MESSAGE
  }
  return 'Single sign-on did not complete. Try again, or contact us if your organisation account should have access.'
}

const SignInPage = async ({ searchParams }: Props) => {
  const { callbackUrl, error } = await searchParams
  return (
    <div className="sign-in">
      <header>
        <p className="eyebrow">Your account</p>
        <h1>Sign in to Crossroads</h1>
        <p className="muted">Follow countries, keep your comparisons and find them again on My Crossroads.</p>
      </header>
      <SignInForm
        callbackUrl={safeCallbackPath(callbackUrl)}
        initialError={ssoErrorMessage(error)}
        oidcName={oidcSettings()?.name ?? null}
      />
    </div>
  )
}

export default SignInPage
