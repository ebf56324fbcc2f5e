import type { APIRequestContext, Page } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'

import { expect, request as playwrightRequest, test } from '@playwright/test'
import { spawn } from 'node:child_process'

import { RESET_MAIL_OFF } from '../lib/email/messages'
import { e2eServerEnvironment } from '../scripts/e2e-environment.mjs'
import { freePort } from '../scripts/freePort.mjs'
import { startMailServer } from '../tests/security/accountsMailServer'
import { DEMO } from './helpers/login'

/**
 * A production server started as the README's quick start starts it (`npm start`, no proxy in
 * front, so `TRUSTED_PROXY_HOPS` unset), with its public address (SITE_URL) and a real SMTP server
 * (smtp-server on 127.0.0.1), on the e2e database. Failed sign-ins go last: they use up the
 * per-address limit of 127.0.0.1 on that server.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })

type QuickStartServer = { origin: string; output: () => string; stop: () => Promise<void> }

const startQuickStartServer = async (env: Record<string, string>): Promise<QuickStartServer> => {
  const port = String(await freePort())
  const serverEnv: NodeJS.ProcessEnv = {
    ...e2eServerEnvironment(),
    HOSTNAME: '127.0.0.1',
    JOBS_AUTORUN: 'false',
    PORT: port,
    SITE_URL: `http://127.0.0.1:${port}`,
    ...env,
  }
  delete serverEnv.TRUSTED_PROXY_HOPS
  // Its own process group, so that stopping it reaches npm, the shell and the server alike.
  const child: ChildProcess = spawn('npm', ['start'], {
    detached: true,
    env: serverEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await expect
    .poll(() => (child.exitCode === null ? /Crossroads ready on/.test(output) : `exited: ${output}`), {
      intervals: [250],
      timeout: 120_000,
    })
    .toBe(true)
  return {
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      process.kill(-child.pid!, 'SIGTERM')
      await exited
    },
  }
}

/** An API client that says where it comes from, as browsers do: Payload checks it (csrf). */
const clientOf = (origin: string, headers: Record<string, string> = {}) =>
  playwrightRequest.newContext({ baseURL: origin, extraHTTPHeaders: { origin, ...headers } })

/** Payload's admin forms say when they are hydrated and take input (`data-form-ready`, for e2e tests). */
const formReady = (page: Page) => expect(page.locator('form[data-form-ready="true"]')).toBeVisible()

const newPerson = (label: string) => ({
  email: `${label}-${test.info().workerIndex}-${Date.now().toString(36)}@mail.example`,
  name: `E2E ${label}`,
  password: 'first-password-1',
  role: 'editor',
})

test.describe('the quick-start server (npm start, no proxy, SITE_URL and SMTP set)', () => {
  let server: QuickStartServer
  let mail: Awaited<ReturnType<typeof startMailServer>>
  let admin: APIRequestContext

  const createPerson = async (label: string) => {
    const person = newPerson(label)
    const created = await admin.post('/api/users', { data: person })
    expect(created.ok(), await created.text()).toBe(true)
    return { ...person, id: (await created.json()).doc.id as number }
  }

  test.beforeAll(async () => {
    mail = await startMailServer()
    server = await startQuickStartServer({
      MAIL_FROM: 'Crossroads E2E <accounts@crossroads.example>',
      SMTP_URL: mail.url,
    })
    admin = await clientOf(server.origin)
    expect((await admin.post('/api/users/login', { data: DEMO.admin })).ok(), 'login as admin').toBe(true)
  })
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('server output', { body: server.output(), contentType: 'text/plain' })
    }
  })
  test.afterAll(async () => {
    await admin?.dispose()
    await server?.stop()
    await mail?.close()
  })

  test('should let the admin sign in and save, with Payload checking Origin against SITE_URL', async ({ page }) => {
    const person = await createPerson('admin-ui')
    await page.goto(`${server.origin}/admin/login`)
    await formReady(page)
    await page.getByLabel('Email').fill(person.email)
    await page.getByLabel('Password').fill(person.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Articles' })).toBeVisible()

    await page.goto(`${server.origin}/admin/account`)
    await formReady(page)
    await page.getByLabel('Name').fill('E2E renamed in the admin')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect
      .poll(async () => page.evaluate(async () => (await (await fetch('/api/users/me')).json()).user?.name))
      .toBe('E2E renamed in the admin')
  })

  test('should mail a reset link through SMTP that sets a new password', async ({ page }) => {
    const person = await createPerson('reset')
    await page.goto(`${server.origin}/admin/forgot`)
    await formReady(page)
    await page.getByRole('textbox', { name: /Email/ }).fill(person.email)
    await page.getByRole('button', { name: 'Submit' }).click()
    const received = await mail.nextMail((message) => message.to.includes(person.email))
    const link = new RegExp(`${server.origin}/admin/reset/[0-9a-f]+`).exec(received.text)?.[0]
    expect(link, received.text).toBeTruthy()

    // The link opens Payload's reset page; the new password is then set as that page sets it.
    await page.goto(link!)
    await expect(page.getByRole('heading', { level: 1, name: 'Reset Password' })).toBeVisible()
    const client = await clientOf(server.origin)
    const reset = await client.post('/api/users/reset-password', {
      data: { password: 'second-password-2', token: link!.split('/').pop() },
    })
    expect(reset.ok(), await reset.text()).toBe(true)
    expect(
      (await client.post('/api/users/login', { data: { ...person, password: 'second-password-2' } })).status(),
    ).toBe(200)
    await client.dispose()
  })

  test('should change an email only once the owner of the new address confirms it', async ({ page }) => {
    const person = await createPerson('moving')
    const newEmail = `moved-${person.email}`
    const self = await clientOf(server.origin)
    expect((await self.post('/api/users/login', { data: person })).ok()).toBe(true)
    expect((await self.patch(`/api/users/${person.id}`, { data: { email: newEmail } })).ok()).toBe(true)
    expect((await (await self.get('/api/users/me')).json()).user).toMatchObject({
      email: person.email,
      pendingEmail: newEmail,
    })

    const received = await mail.nextMail((message) => message.to.includes(newEmail))
    const link = new RegExp(`${server.origin}/confirm-email\\?token=[\\w-]+`).exec(received.text)?.[0]
    expect(link, received.text).toBeTruthy()
    await page.goto(link!)
    await expect(page.getByRole('heading', { level: 1, name: 'Confirm your new email address' })).toBeVisible()
    await expect(page.getByText(`Make ${newEmail} the sign-in email`)).toContainText(person.name)
    await page.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Email address confirmed' })).toBeVisible()

    expect((await self.post('/api/users/login', { data: { ...person, email: newEmail } })).status()).toBe(200)
    await self.dispose()
  })

  test('should count failed sign-ins per connection, whatever X-Forwarded-For the client sends', async () => {
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const forger = await clientOf(server.origin, { 'x-forwarded-for': `203.0.113.${attempt}` })
      const failed = await forger.post('/api/users/login', {
        data: { email: `nobody-${attempt}@crossroads.example`, password: 'not-a-password' },
      })
      expect(failed.status(), `failed login ${attempt}`).toBe(401)
      await forger.dispose()
    }
    const forger = await clientOf(server.origin, {
      'x-crossroads-client-address': '198.51.100.1',
      'x-forwarded-for': '203.0.113.99',
    })
    const refused = await forger.post('/api/users/login', { data: DEMO.editor })
    expect(refused.status()).toBe(429)
    await forger.dispose()
  })
})

test("should say on the admin's forgot-password page when reset mail is off", async ({ page }) => {
  // The suite's own server runs in production mode without a mail server.
  await page.goto('/admin/forgot')
  await expect(page.getByText(RESET_MAIL_OFF)).toBeVisible()
  await expect(page.getByRole('textbox', { name: /Email/ })).toHaveCount(0)
})

test('should answer a locked account as an unknown email over REST and GraphQL in the production build', async ({
  baseURL,
}) => {
  // The suite's server trusts one proxy: this address is this test's own.
  const client = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.150' },
  })
  expect((await client.post('/api/users/login', { data: DEMO.admin })).ok()).toBe(true)
  const person = newPerson('locked')
  expect((await client.post('/api/users', { data: person })).ok()).toBe(true)
  await client.post('/api/users/logout')

  const login = async (email: string, password: string) => {
    const response = await client.post('/api/users/login', { data: { email, password } })
    return { body: await response.json(), status: response.status() }
  }
  const loginUser = async (email: string, password: string) =>
    (
      await client.post('/api/graphql', {
        data: {
          query: 'mutation L($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
          variables: { e: email, p: password },
        },
      })
    ).json()

  const unknown = await login('nobody-locked@crossroads.example', 'wrong-password')
  expect(unknown.status).toBe(401)
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    expect(await login(person.email, 'wrong-password'), `wrong password ${attempt}`).toEqual(unknown)
  }
  expect(await login(person.email, person.password), 'right password, locked').toEqual(unknown)
  expect(await loginUser(person.email, person.password)).toEqual(
    await loginUser('nobody-locked@crossroads.example', 'wrong-password'),
  )
  await client.dispose()
})
