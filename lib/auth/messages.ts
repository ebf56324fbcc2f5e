/** The one message for every failed password sign-in, so it reveals nothing about the account. */
export const CREDENTIALS_FAILED =
  'That email and password did not work. Check them and try again; after repeated failures, sign-in is paused for a few minutes.'

/**
 * The error code next-auth puts on `/sign-in?error=` when the identity provider did not say the
 * email is verified (the `signIn` callback throws it).
 */
export const SSO_EMAIL_NOT_VERIFIED = 'SsoEmailNotVerified'

/** What the person is told then: what is missing and what to do. */
export const SSO_EMAIL_NOT_VERIFIED_MESSAGE =
  'Your organisation account did not confirm that its email address is verified, so it cannot be used to sign in here. Verify the address with your organisation (or ask its IT team to), then try again, or sign in with email and password.'
