/** The one message for every failed password sign-in, so it reveals nothing about the account. */
export const CREDENTIALS_FAILED =
  'That email and password did not work. Check them and try again; after repeated failures, sign-in is paused for a few minutes.'
