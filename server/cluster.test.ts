import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseWorkerCount, relayRevalidation, REVALIDATE_MESSAGE, workerEnvironment } from './cluster.mjs'

const worker = (connected = true) => {
  const received: unknown[] = []
  return { isConnected: () => connected, received, send: (message: unknown) => received.push(message) }
}

describe('parseWorkerCount', () => {
  it('should run one server process when WEB_CONCURRENCY is unset or empty', () => {
    expect(parseWorkerCount(undefined)).toBe(1)
    expect(parseWorkerCount('')).toBe(1)
    expect(parseWorkerCount('  ')).toBe(1)
  })
  it('should read a whole number of processes', () => {
    expect(parseWorkerCount('4')).toBe(4)
    expect(parseWorkerCount(' 2 ')).toBe(2)
  })
  it.each(['0', '-1', '1.5', 'two', 'auto', '65'])('should refuse %s with a message naming the setting', (value) => {
    expect(() => parseWorkerCount(value)).toThrow(`WEB_CONCURRENCY=${value} is not a whole number`)
  })
})

describe('workerEnvironment', () => {
  it('should leave the jobs queue to the first worker only', () => {
    expect(workerEnvironment(0)).toEqual({ CROSSROADS_WORKER_INDEX: '0' })
    expect(workerEnvironment(1)).toEqual({ CROSSROADS_WORKER_INDEX: '1', JOBS_AUTORUN: 'false' })
    expect(workerEnvironment(3).JOBS_AUTORUN).toBe('false')
  })
})

describe('relayRevalidation', () => {
  it('should pass a revalidation to every other connected worker, not back to its sender', () => {
    const sender = worker()
    const other = worker()
    const third = worker()
    const gone = worker(false)
    const message = { type: REVALIDATE_MESSAGE }
    expect(relayRevalidation({ from: sender, message, workers: [sender, other, gone, third] })).toBe(2)
    expect(sender.received).toEqual([])
    expect(other.received).toEqual([message])
    expect(third.received).toEqual([message])
    expect(gone.received).toEqual([])
  })
})

describe('server/index.mjs', () => {
  const startWith = (env: Record<string, string>) =>
    spawnSync(process.execPath, [path.resolve('server/index.mjs'), '-p', '0'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 20_000,
    })

  it('should stop before starting anything when WEB_CONCURRENCY is not a number of processes', () => {
    const run = startWith({ WEB_CONCURRENCY: 'lots' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('WEB_CONCURRENCY=lots is not a whole number of server processes from 1 to 64.')
  })

  it('should stop before starting anything when TRUSTED_PROXY_HOPS is not a number of proxies', () => {
    const run = startWith({ TRUSTED_PROXY_HOPS: 'all' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('TRUSTED_PROXY_HOPS=all is not a whole number of proxies from 0 to 10.')
  })
})
