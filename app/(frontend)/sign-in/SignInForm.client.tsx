'use client'

import { signIn } from 'next-auth/react'
import React, { useState } from 'react'

import { CREDENTIALS_FAILED } from '@/lib/auth/messages'

type Props = { callbackUrl: string; initialError: null | string; oidcName: null | string }

export const SignInForm = ({ callbackUrl, initialError, oidcName }: Props) => {
  const [error, setError] = useState(initialError)
  const [isBusy, setIsBusy] = useState(false)

  const signInWithPassword = async (form: HTMLFormElement) => {
    const data = new FormData(form)
    setIsBusy(true)
    setError(null)
    const result = await signIn('credentials', {
      callbackUrl,
      email: String(data.get('email') ?? ''),
      password: String(data.get('password') ?? ''),
      redirect: false,
    })
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl)
      return
    }
    setIsBusy(false)
    setError(CREDENTIALS_FAILED)
  }

  return (
    <>
      {error ? (
        <p className="account-error" role="alert">
          {error}
        </p>
      ) : null}
      {oidcName ? (
        <section aria-labelledby="sso-heading" className="sign-in__panel">
          <h2 id="sso-heading">Staff and partners</h2>
          <p>Use your organisation account. First time here? Your reader account is created as you sign in.</p>
          <button
            className="account-button account-button--primary"
            disabled={isBusy}
            onClick={() => {
              setIsBusy(true)
              void signIn('oidc', { callbackUrl })
            }}
            type="button"
          >
            Continue with {oidcName}
          </button>
        </section>
      ) : null}
      {oidcName ? <p className="sign-in__divider">or</p> : null}
      <section aria-labelledby="password-heading" className="sign-in__panel">
        <h2 id="password-heading">Email and password</h2>
        <p>For accounts that have a Crossroads password.</p>
        <form
          className="account-form"
          onSubmit={(event) => {
            event.preventDefault()
            void signInWithPassword(event.currentTarget)
          }}
        >
          <label>
            Email
            <input autoComplete="email" name="email" required type="email" />
          </label>
          <label>
            Password
            <input autoComplete="current-password" name="password" required type="password" />
          </label>
          <button className="account-button account-button--primary" disabled={isBusy} type="submit">
            Sign in
          </button>
        </form>
      </section>
    </>
  )
}
