import type { APIRequestContext } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import path from 'node:path'

import { e2eServerEnvironment } from '@/scripts/e2e-environment.mjs'

import { startMailServer } from '../tests/security/accountsMailServer'
import { DEMO } from './helpers/login'
import { createCountry, newClient, type RunningServer, startProductionServer } from './helpers/productionServers'

/**
 * The editorial desk from submission to a reader's inbox, on a production server of its own with a
 * real SMTP server: an analyst submits a figure and assigns it; the editor's desk shows it first; the
 * editor comments on the figure with a mention; the analyst gets the mail, fixes the figure and
 * resubmits; the editor approves; the daily digest tells a reader who follows the country, old → new.
 */

const INDICATOR = 'power-plant-capacity'
const MAIL_FROM = 'Crossroads Desk <desk@crossroads.example>'

let server: RunningServer
let mail: Awaited<ReturnType<typeof startMailServer>>
const clients: APIRequestContext[] = []

const signedIn = async (credentials: { email: string; password: string }) => {
  const client = await newClient(server.origin)
  clients.push(client)
  const response = await client.post('/api/users/login', { data: credentials })
  expect(response.ok(), `login as ${credentials.email}: ${await response.text()}`).toBe(true)
  return client
}

const ok = async <T = Record<string, unknown>>(response: Awaited<ReturnType<APIRequestContext['get']>>) => {
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

/** `npm run digests:send` against the e2e database and this spec's mail server, as the daily job would run. */
const sendDigests = () =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/payload'), ['run', 'scripts/send-digests.ts'], {
      env: { ...e2eServerEnvironment(), MAIL_FROM, SMTP_URL: mail.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`digests:send exited ${code}: ${output}`)),
    )
  })

test.beforeAll(async () => {
  mail = await startMailServer()
  server = await startProductionServer({ MAIL_FROM, SMTP_URL: mail.url })
})

test.afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()))
  await server?.stop()
  await mail?.close()
})

test('should carry a figure from the analyst’s submission through the desk to a follower’s digest', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  const [admin, editor, analyst] = await Promise.all([
    signedIn(DEMO.admin),
    signedIn(DEMO.editor),
    signedIn(DEMO.analyst),
  ])
  const editorUser = (await ok<{ user: { id: number; name: string } }>(await editor.get('/api/users/me'))).user

  const country = await createCountry(editor, admin)
  const indicator = (
    await ok<{ docs: { id: number; name: string }[] }>(
      await editor.get(`/api/indicators?where[slug][equals]=${INDICATOR}&depth=0`),
    )
  ).docs[0]
  const { doc: figure } = await ok<{ doc: { id: number; title: string } }>(
    await analyst.post('/api/observations?draft=true', {
      data: {
        country: country.id,
        indicator: indicator.id,
        period: { kind: 'year', year: 2023 },
        qualifier: 'actual',
        source: { publisher: 'Ministry of Energy', url: 'https://example.org/energy-2023' },
        value: 1200,
      },
    }),
  )
  await ok(await admin.post(`/api/observations/${figure.id}/workflow/publish`))

  const readerEmail = `desk-reader-${Date.now()}@mail.example`
  await test.step('a reader follows the country and turns the daily digest on', async () => {
    await ok(
      await admin.post('/api/users', {
        data: { email: readerEmail, name: 'Desk Reader', password: 'reader-password-1', role: 'reader' },
      }),
    )
    const reader = await signedIn({ email: readerEmail, password: 'reader-password-1' })
    await ok(await reader.post('/api/follows', { data: { country: country.id } }))
    await ok(await reader.post('/api/change-digests', { data: { email: true } }))
  })

  await test.step('the analyst changes the figure and submits it to the editor with a due date', async () => {
    await ok(await analyst.patch(`/api/observations/${figure.id}?draft=true`, { data: { value: 1300 } }))
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
    await ok(
      await analyst.post(`/api/observations/${figure.id}/workflow/submit`, {
        data: { assignTo: editorUser.id, dueAt: due },
      }),
    )
  })

  await test.step('the editor’s desk shows it first under “Assigned to me”', async () => {
    const login = await page.request.post(`${server.origin}/api/users/login`, { data: DEMO.editor })
    expect(login.ok()).toBe(true)
    await page.goto(`${server.origin}/admin`)
    const mine = page.getByRole('region', { name: /Assigned to me/ })
    await expect(mine.getByRole('row').nth(1)).toContainText(country.name)
    await page.screenshot({ fullPage: true, path: testInfo.outputPath('journey-desk.png') })
  })

  await test.step('opening the review marks the editor’s notices of this figure read', async () => {
    const noticesOfFigure = async () =>
      (
        await ok<{ docs: { kind: string; readAt?: null | string }[] }>(
          await editor.get(`/api/notifications?where[documentId][equals]=${figure.id}&depth=0`),
        )
      ).docs
    expect((await noticesOfFigure()).map((notice) => notice.kind).sort()).toEqual(['assigned', 'submitted'])
    expect((await noticesOfFigure()).every((notice) => !notice.readAt)).toBe(true)
    await page.goto(`${server.origin}/admin/review/observations/${figure.id}`)
    await expect(page.getByRole('heading', { name: 'The figure in its series' })).toBeVisible()
    expect((await noticesOfFigure()).every((notice) => Boolean(notice.readAt))).toBe(true)
  })

  await test.step('the editor comments on the figure’s value with a mention; the analyst gets the mail', async () => {
    const { doc: comment } = await ok<{ doc: { id: number } }>(
      await editor.post('/api/review-comments', {
        data: {
          body: `@${DEMO.analyst.email} The ministry's 2023 table says 1,350 MW. Please check the value.`,
          documentCollection: 'observations',
          documentId: String(figure.id),
          field: 'value',
        },
      }),
    )
    const mention = await mail.nextMail(
      (received) => received.to.includes(DEMO.analyst.email) && /mentioned you/.test(received.text),
    )
    expect(mention.text).toContain('Please check the value.')
    expect(mention.text).toContain(`/admin/review/observations/${figure.id}#comment-${comment.id}`)
  })

  await test.step('the analyst fixes the value and resubmits; the editor approves', async () => {
    await ok(
      await editor.post(`/api/observations/${figure.id}/workflow/requestChanges`, {
        data: { comment: 'See my comment on the value.' },
      }),
    )
    await ok(await analyst.patch(`/api/observations/${figure.id}?draft=true`, { data: { value: 1350 } }))
    await ok(await analyst.post(`/api/observations/${figure.id}/workflow/submit`))
    await ok(await editor.post(`/api/observations/${figure.id}/workflow/approve`))
    const live = await ok<{ value: number }>(await admin.get(`/api/observations/${figure.id}?depth=0`))
    expect(live.value).toBe(1350)
  })

  await test.step('the daily digest tells the follower, old → new with the source, and names no account', async () => {
    await sendDigests()
    const digest = await mail.nextMail(
      (received) => received.to.includes(readerEmail) && /changed in what you follow/.test(received.text),
    )
    expect(digest.text).toContain(`Revised: ${country.name}: ${indicator.name}, 2023`)
    expect(digest.text).toMatch(/1,200[^\n]*→[^\n]*1,350/)
    expect(digest.text).toContain('Source: Ministry of Energy, https://example.org/energy-2023')
    expect(digest.text).toMatch(/Stop it with one click: \S+\/digest\/unsubscribe\/[A-Za-z0-9_-]{32}/)
    const body = digest.text.slice(digest.text.indexOf('\r\n\r\n'))
    expect(body).not.toContain(readerEmail)
    expect(body).not.toContain('Desk Reader')

    await page.setContent(`<pre style="font: 15px/1.5 monospace; padding: 1.5rem; white-space: pre-wrap"></pre>`)
    await page.locator('pre').evaluate((element, text) => (element.textContent = text), digest.text)
    await page.screenshot({ fullPage: true, path: testInfo.outputPath('journey-digest-mail.png') })

    // A second run the same day sends the reader nothing more.
    const before = mail.received.filter((received) => received.to.includes(readerEmail)).length
    await sendDigests()
    expect(mail.received.filter((received) => received.to.includes(readerEmail))).toHaveLength(before)
  })
})
