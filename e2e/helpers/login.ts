import type { APIRequest, APIRequestContext, Page } from '@playwright/test'

import { expect } from '@playwright/test'

export const DEMO = {
  admin: { email: 'admin@crossroads.example', password: 'crossroads-admin' },
  analyst: { email: 'analyst@crossroads.example', password: 'crossroads-analyst' },
  editor: { email: 'editor@crossroads.example', password: 'crossroads-editor' },
} as const

/** Signs in through the REST API; the browser context keeps the session cookie. */
export const loginAs = async (page: Page, role: keyof typeof DEMO): Promise<void> => {
  const response = await page.request.post('/api/users/login', { data: DEMO[role] })
  expect(response.ok(), `login as ${role}`).toBe(true)
}

/**
 * A new API client signed in with `credentials` (a demo account or one a fixture made); dispose it
 * when done. `extraHTTPHeaders` go with every request, e.g. `connection: close`.
 */
export const signedInClient = async (
  request: APIRequest,
  {
    baseURL,
    credentials,
    extraHTTPHeaders,
  }: {
    baseURL: string | undefined
    credentials: { email: string; password: string }
    extraHTTPHeaders?: Record<string, string>
  },
): Promise<APIRequestContext> => {
  const client = await request.newContext({ baseURL, extraHTTPHeaders })
  const response = await client.post('/api/users/login', { data: credentials })
  expect(response.ok(), `login as ${credentials.email}: ${await response.text()}`).toBe(true)
  return client
}
