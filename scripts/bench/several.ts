/**
 * The two-instance part of `npm run bench`: two production servers on the benchmark database and
 * one Redis (REDIS_URL), as two machines would run. Measures the cached country profile across both
 * (with the in-process page cache on and off) and the time from a publication through one server
 * to the change on the other, over 20 publications.
 */
import type { ChildProcess } from 'node:child_process'

import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

import type { Measurement } from './measure'

import { freePort } from '../freePort.mjs'
import { hasRedisServer, startRedisServer } from '../redisServer.mjs'
import { BENCH_ADMIN } from './benchAdminCredentials'
import { measureTogether } from './measure'
import { percentile } from './percentile'

export type SeveralServersResult = {
  publishToOtherServerMs: null | { max: number; p50: number; p95: number; samples: number[] }
  rows: { measurement: Measurement; name: string; pageCacheMb: number }[]
}

type Options = {
  connections: number
  countryId: number
  countryPath: string
  durationSeconds: number
  env: NodeJS.ProcessEnv
  publications: number
  waitForReadyLine: (child: ChildProcess) => Promise<void>
}

const bin = (name: string) => path.resolve('node_modules/.bin', name)

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''

export const runSeveralServers = async (options: Options): Promise<null | SeveralServersResult> => {
  if (!hasRedisServer()) {
    process.stdout.write('Skipping the two-server run: redis-server is not installed (apt-get install redis-server).\n')
    return null
  }
  const made = spawnSync(bin('payload'), ['run', 'scripts/bench/benchAdmin.ts'], { env: options.env, stdio: 'inherit' })
  if (made.status !== 0) {
    throw new Error('could not make the bench admin')
  }
  const redis = await startRedisServer()
  const children: ChildProcess[] = []
  const start = async (pageCacheMb: number) => {
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
      {
        env: {
          ...options.env,
          FOUR_EYES: 'off',
          JOBS_AUTORUN: 'false',
          REDIS_URL: redis.url,
          SHARED_PAGE_CACHE_MB: String(pageCacheMb),
        },
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    )
    children.push(child)
    await options.waitForReadyLine(child)
    return { child, origin: `http://127.0.0.1:${port}` }
  }
  const stop = async (child: ChildProcess) => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }

  try {
    const result: SeveralServersResult = { publishToOtherServerMs: null, rows: [] }
    for (const pageCacheMb of [64, 0]) {
      process.stdout.write(`Two servers on one Redis, in-process page cache ${pageCacheMb} MB …\n`)
      const servers = [await start(pageCacheMb), await start(pageCacheMb)]
      const urls = servers.map((server) => server.origin + options.countryPath)
      for (const url of urls) {
        await fetch(url)
        await fetch(url)
      }
      const measurement = await measureTogether(urls, {
        connections: options.connections,
        durationSeconds: options.durationSeconds,
      })
      result.rows.push({ measurement, name: `two servers + Redis, page cache ${pageCacheMb} MB: country profile`, pageCacheMb })
      if (pageCacheMb > 0) {
        result.publishToOtherServerMs = await timePublications(servers[0].origin, servers[1].origin, options)
      }
      await Promise.all(servers.map(({ child }) => stop(child)))
    }
    return result
  } finally {
    await Promise.all(children.map(stop))
    await redis.stop()
  }
}

/** Publishes a new name through `first` `publications` times; the milliseconds until `second` shows each. */
const timePublications = async (first: string, second: string, options: Options) => {
  const login = await fetch(`${first}/api/users/login`, {
    body: JSON.stringify(BENCH_ADMIN),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token?: string }
  if (!login.ok || !token) {
    throw new Error(`the bench admin could not sign in: ${login.status}`)
  }
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const page = `${second}${options.countryPath}`
  const original = titleOf(await (await fetch(page)).text()).replace(/ — Crossroads$/, '')
  const samples: number[] = []
  process.stdout.write(`Timing ${options.publications} publications through one server, read on the other …\n`)
  try {
    for (let index = 1; index <= options.publications; index += 1) {
      // The other server holds the page in its own page cache first (stored again 5 s after a purge).
      const cachedBy = Date.now() + 10_000
      while ((await fetch(page)).headers.get('x-crossroads-cache') !== 'HIT' && Date.now() < cachedBy) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      const name = `${original} (bench ${index})`
      await publish(first, options.countryId, name, headers)
      const publishedAt = performance.now()
      const deadline = Date.now() + 30_000
      while (!titleOf(await (await fetch(page)).text()).startsWith(name)) {
        if (Date.now() > deadline) {
          throw new Error(`publication ${index} did not reach the other server within 30 s`)
        }
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      samples.push(Math.round(performance.now() - publishedAt))
    }
  } finally {
    await publish(first, options.countryId, original, headers)
  }
  const sorted = [...samples].sort((a, b) => a - b)
  return { max: sorted.at(-1) ?? 0, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), samples }
}

const publish = async (origin: string, id: number, name: string, headers: Record<string, string>) => {
  const saved = await fetch(`${origin}/api/countries/${id}?draft=true`, {
    body: JSON.stringify({ name }),
    headers,
    method: 'PATCH',
  })
  if (!saved.ok) {
    throw new Error(`saving a draft failed: ${saved.status} ${await saved.text()}`)
  }
  const published = await fetch(`${origin}/api/countries/${id}/workflow/publish`, { headers, method: 'POST' })
  if (!published.ok) {
    throw new Error(`publishing failed: ${published.status} ${await published.text()}`)
  }
}
