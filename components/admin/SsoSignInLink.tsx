import Link from 'next/link'
import React from 'react'

import { oidcSettings } from '@/lib/auth/env'

/** Under the admin's password form: staff normally sign in through the organisation's SSO. */
export const SsoSignInLink = () => {
  const settings = oidcSettings()
  if (!settings) {
    return null
  }
  return (
    <p style={{ marginTop: 24, textAlign: 'center' }}>
      <Link className="btn btn--style-secondary btn--size-medium" href="/sign-in?callbackUrl=%2Fadmin">
        Sign in with {settings.name}
      </Link>
    </p>
  )
}
