import type { APIRequestContext, APIResponse } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'

import type { RunningServer } from './helpers/productionServers'

import {
  createCountry,
  newClient,
  publishRename,
  signInAs,
  startProductionServer as startServer,
  titleOf,
} from './helpers/productionServers'

/**
 * Production servers of their own, on the e2e database: `WEB_CONCURRENCY=2` (two server processes
 * sharing one port) and a single process that is restarted. The jobs queue stays with the
 * suite's server, so no scheduled job runs twice.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })

/** The server processes under a primary, oldest first. */
const childrenOf = (pid: number): number[] => {
  const listed = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.trim()
  return listed
    ? listed
        .split('\n')
        .map(Number)
        .sort((a, b) => a - b)
    : []
}

const workerOf = (response: APIResponse) => response.headers()['x-crossroads-worker']

test.describe('two server processes (WEB_CONCURRENCY=2)', () => {
  let server: RunningServer
  let reader: APIRequestContext
  let editor: APIRequestContext
  let admin: APIRequestContext

  test.beforeAll(async () => {
    server = await startServer({ WEB_CONCURRENCY: '2' })
    expect(server.output()).toContain('(2 server processes)')
    reader = await newClient(server.origin)
    editor = await signInAs(server.origin, 'editor')
    admin = await signInAs(server.origin, 'admin')
  })
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('server output', { body: server.output(), contentType: 'text/plain' })
      process.stderr.write(`--- output of the two-process server ---\n${server.output().slice(-6000)}\n`)
    }
  })
  test.afterAll(async () => {
    await reader?.dispose()
    await editor?.dispose()
    await admin?.dispose()
    await server?.stop()
  })

  test('should show a change published through either process on the pages both processes serve', async () => {
    const country = await createCountry(editor, admin)
    try {
      // Both processes hold the page in their shared page cache before the change.
      const cachedBy = new Set<string>()
      await expect
        .poll(
          async () => {
            const response = await reader.get(country.path)
            if (response.headers()['x-crossroads-cache'] === 'HIT') {
              cachedBy.add(workerOf(response))
            }
            return [...cachedBy].sort()
          },
          { intervals: [100], timeout: 20_000 },
        )
        .toEqual(['0', '1'])

      const renamed = `${country.name} renamed`
      const publishedBy = workerOf(await publishRename(editor, admin, country, renamed))

      // The process that did not handle the publication shows it too, within seconds.
      const latestTitle = new Map<string, null | string>()
      await expect
        .poll(
          async () => {
            const response = await reader.get(country.path)
            latestTitle.set(workerOf(response), titleOf(await response.text()))
            return ['0', '1'].map((worker) => latestTitle.get(worker))
          },
          { intervals: [100], timeout: 10_000 },
        )
        .toEqual([`${renamed} — Crossroads`, `${renamed} — Crossroads`])
      expect(['0', '1']).toContain(publishedBy)
    } finally {
      await editor.delete(`/api/countries/${country.id}`)
    }
  })

  test('should replace a server process that dies and keep answering meanwhile', async () => {
    const workerPids = childrenOf(server.process.pid!)
    expect(workerPids).toHaveLength(2)
    process.kill(workerPids[0], 'SIGKILL')

    // A connection the primary handed to the killed process before it noticed the death is lost,
    // as in-flight requests are when any server crashes: a short timeout keeps the poll going.
    const answeredBy = new Set<string>()
    const answers: string[] = []
    try {
      await expect
        .poll(
          async () => {
            try {
              const response = await reader.get('/countries', { timeout: 5_000 })
              answers.push(`${workerOf(response)}: ${response.status()}`)
              if (response.status() === 200) {
                answeredBy.add(workerOf(response))
              }
            } catch (error) {
              answers.push(String(error).split('\n')[0])
            }
            return [...answeredBy].sort()
          },
          { intervals: [200], timeout: 60_000 },
        )
        .toEqual(['0', '1'])
    } catch (error) {
      throw new Error(`${error}\nAnswers after the kill: ${answers.join('; ')}`)
    }
    const pidsNow = childrenOf(server.process.pid!)
    expect(pidsNow).toHaveLength(2)
    expect(pidsNow).not.toContain(workerPids[0])
    expect(server.output()).toMatch(/Server process [01] exited with signal SIGKILL; starting a new one\./)
  })

  test('should not replace a server process that was told to stop, and keep answering with the other', async () => {
    const workerPids = childrenOf(server.process.pid!)
    expect(workerPids).toHaveLength(2)
    process.kill(workerPids[1], 'SIGTERM')
    await expect.poll(() => childrenOf(server.process.pid!), { timeout: 15_000 }).toEqual([workerPids[0]])
    // The primary reaps the process and, were it to replace it, forks the replacement in the same
    // callback; it accepts each new connection (the reader's are never kept alive) only after that
    // callback, so once it has handed one on, a replacement would already be among its children.
    const answer = await reader.get('/countries', { timeout: 10_000 })
    expect(answer.status()).toBe(200)
    expect(childrenOf(server.process.pid!)).toEqual([workerPids[0]])
    expect(server.output()).not.toMatch(/exited with code 0; starting a new one/)
  })
})

test('should not serve a page rendered before a publication after the server restarts', async () => {
  let server = await startServer()
  const editor = await signInAs(server.origin, 'editor')
  const admin = await signInAs(server.origin, 'admin')
  const country = await createCountry(editor, admin)
  try {
    const reader = await newClient(server.origin)
    // Rendered and kept by Next.js (a HEAD request always reaches it, past the shared page cache).
    await expect
      .poll(async () => (await reader.head(country.path)).headers()['x-nextjs-cache'], { timeout: 10_000 })
      .toBe('HIT')
    const renamed = `${country.name} renamed`
    await publishRename(editor, admin, country, renamed)
    await reader.dispose()
    await editor.dispose()
    await admin.dispose()
    // Nobody asked for the page between the publication and the restart.
    await server.stop()

    server = await startServer()
    const afterRestart = await newClient(server.origin)
    const page = await afterRestart.get(country.path)
    expect(page.status()).toBe(200)
    expect(titleOf(await page.text())).toBe(`${renamed} — Crossroads`)
    await afterRestart.dispose()
  } finally {
    const cleanup = await signInAs(server.origin, 'editor')
    await cleanup.delete(`/api/countries/${country.id}`)
    await cleanup.dispose()
    await server.stop()
  }
})
