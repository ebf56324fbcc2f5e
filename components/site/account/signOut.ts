/**
 * Ends the next-auth session (and, through its `signOut` event, the Payload session) the way
 * next-auth's own `signOut` does, without shipping `next-auth/react` to every reader.
 */
export const signOutAndGoTo = async (callbackUrl: string) => {
  const csrf = (await (await fetch('/api/auth/csrf', { credentials: 'same-origin' })).json()) as { csrfToken: string }
  const response = await fetch('/api/auth/signout', {
    body: new URLSearchParams({ callbackUrl, csrfToken: csrf.csrfToken, json: 'true' }),
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    method: 'POST',
  })
  const body = (await response.json()) as { url?: string }
  window.location.assign(body.url ?? callbackUrl)
}
