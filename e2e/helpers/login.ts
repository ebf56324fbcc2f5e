import type { Page } from '@playwright/test'

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
