import type { APIRequestContext } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'

import { expect, request as playwrightRequest, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { e2eServerEnvironment, seedE2eDatabase } from '@/scripts/e2e-environment.mjs'
import { startFerretDb } from '@/scripts/ferretdbServer.mjs'
import { freePort } from '@/scripts/freePort.mjs'
import { countryCodeTakenOn, nextCountryCode } from './countryCodes'
import { DEMO } from './login'
import { createPublished } from './workflow'

export type RunningServer = { origin: string; output: () => string; process: ChildProcess; stop: () => Promise<void> }

/** A production server (`server/index.mjs`) of a spec's own on the e2e database, on 127.0.0.1; `env` adds to its settings. */
export const startProductionServer = async (env: Record<string, string> = {}): Promise<RunningServer> => {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      '--max-semi-space-size=64',
      `--import=${path.resolve('scripts/stopWithParent.mjs')}`,
      path.resolve('server/index.mjs'),
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    { env: { ...e2eServerEnvironment(), JOBS_AUTORUN: 'false', ...env }, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
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
    process: child,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * A FerretDB of the spec's own, seeded as the e2e database is, with a media directory of its own;
 * `env` points production servers at both, `log` is FerretDB's, `release` stops it and removes both.
 */
export const startSeededFerretDb = async () => {
  const ferretdb = await startFerretDb({ database: 'crossroads-e2e' })
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-e2e-media-'))
  const env = { ...ferretdb.env, MEDIA_DIR: mediaDir }
  const release = async () => {
    await ferretdb.stop()
    fs.rmSync(mediaDir, { force: true, recursive: true })
  }
  const seed = await seedE2eDatabase({ ...e2eServerEnvironment(), ...env }, { quiet: true })
  if (!seed.isSeeded) {
    await release()
    throw new Error(`Seeding FerretDB failed:\n${seed.output}`)
  }
  return { env, log: ferretdb.log, release }
}

/**
 * An API client whose every request opens a new connection: the primary hands out connections,
 * not requests, to the server processes in turn, so a kept-alive connection would meet only one.
 */
export const newClient = (baseURL: string) =>
  playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { connection: 'close' } })

export const signInAs = async (baseURL: string, role: 'admin' | 'editor'): Promise<APIRequestContext> => {
  const client = await newClient(baseURL)
  expect((await client.post('/api/users/login', { data: DEMO[role] })).ok(), `login as ${role}`).toBe(true)
  return client
}

/** A published country: the editor writes it, the admin publishes it (four eyes). */
export const createCountry = async (editor: APIRequestContext, admin: APIRequestContext) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const name = `Process Test Republic ${stamp}`
  const iso3 = await nextCountryCode({ isTaken: countryCodeTakenOn(editor), workerIndex: test.info().workerIndex })
  const doc = await createPublished({
    author: editor,
    collection: 'countries',
    data: { iso3, kind: 'state', name, region: 'other', slug: `process-test-${stamp}` },
    publisher: admin,
  })
  return { id: doc.id, name, path: `/countries/${doc.slug}` }
}

/** Saves a renamed draft as the editor and has the admin publish it; the admin's response says which process published. */
export const publishRename = async (
  editor: APIRequestContext,
  admin: APIRequestContext,
  country: { id: number },
  name: string,
) => {
  const saved = await editor.patch(`/api/countries/${country.id}?draft=true`, { data: { name } })
  expect(saved.ok(), await saved.text()).toBe(true)
  const published = await admin.post(`/api/countries/${country.id}/workflow/publish`)
  expect(published.ok(), await published.text()).toBe(true)
  return published
}

export const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? null
