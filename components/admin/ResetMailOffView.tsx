import Link from 'next/link'
import React from 'react'

import { RESET_MAIL_OFF } from '@/lib/email/messages'

/**
 * The admin's "forgot password" page on a server that cannot send reset mail: Payload's own form
 * would answer "submission successful" for a mail that never leaves, so this page says so instead.
 */
export const ResetMailOffView = () => (
  <section aria-labelledby="reset-mail-off-heading">
    <h1 id="reset-mail-off-heading">Forgot your password?</h1>
    <p role="status">{RESET_MAIL_OFF}</p>
    <p style={{ marginTop: 24 }}>
      <Link className="btn btn--style-secondary btn--size-medium" href="/admin/login">
        Back to login
      </Link>
    </p>
  </section>
)
