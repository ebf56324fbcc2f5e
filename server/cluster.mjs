// @ts-check
import cluster from 'node:cluster'

import { readSetting } from './settings.mjs'

/** A worker tells the primary it is serving: listening, Payload started and its migrations applied. */
export const READY_MESSAGE = 'crossroads:ready'
/** A worker published something: every other worker must drop its cached reader pages too. */
export const REVALIDATE_MESSAGE = 'crossroads:revalidate'

export { MAX_WORKERS } from './settings.mjs'

/**
 * How many server processes `WEB_CONCURRENCY` asks for; unset or empty means one (no cluster).
 * @param {string | undefined} value
 * @returns {number}
 */
export const parseWorkerCount = (value) => readSetting('WEB_CONCURRENCY', { WEB_CONCURRENCY: value })

/**
 * What a worker's environment adds to the primary's. Only the first worker works off the jobs
 * queue: Payload marks a job as processing with a plain read and write, so two processes polling
 * the same queue could both make one scheduled publication.
 * @param {number} index
 * @returns {Record<string, string>}
 */
export const workerEnvironment = (index) => ({
  CROSSROADS_WORKER_INDEX: String(index),
  ...(index > 0 ? { JOBS_AUTORUN: 'false' } : {}),
})

/**
 * @typedef {import('node:child_process').Serializable} Message
 * @typedef {{ isConnected: () => boolean; send: (message: Message) => unknown }} MessageTarget
 */

/**
 * Passes a worker's revalidation on to every other worker still connected.
 * @param {{ from: MessageTarget; message: Message; workers: Iterable<MessageTarget> }} options
 * @returns {number} how many workers it was passed to
 */
export const relayRevalidation = ({ from, message, workers }) => {
  let relayed = 0
  for (const worker of workers) {
    if (worker !== from && worker.isConnected()) {
      worker.send(message)
      relayed += 1
    }
  }
  return relayed
}

/** @param {unknown} message @param {string} type */
export const isMessage = (message, type) =>
  typeof message === 'object' && message !== null && /** @type {{ type?: unknown }} */ (message).type === type

/**
 * The primary of `WEB_CONCURRENCY` > 1: starts the workers one after another (the first applies
 * any pending migrations before a second one opens the database), relays revalidations between
 * them (with `REDIS_URL` the workers hear each other through Redis instead and send none), replaces a worker that crashes or is killed after it was ready (one that stops cleanly was
 * told to), and stops them all on SIGTERM or SIGINT.
 * A worker that dies before it is ready (a wrong DATABASE_URI, a missing build) stops the server.
 * @param {{ describe: string; workerCount: number }} options
 */
export const runClusterPrimary = async ({ describe, workerCount }) => {
  /** @type {Map<number, import('node:cluster').Worker>} */
  const workers = new Map()
  let stopping = false

  const stop = (/** @type {number} */ code) => {
    stopping = true
    for (const worker of workers.values()) {
      worker.process.kill('SIGTERM')
    }
    const exitWhenAllStopped = () => {
      if ([...workers.values()].every((worker) => worker.isDead())) {
        process.exit(code)
      }
    }
    cluster.on('exit', exitWhenAllStopped)
    exitWhenAllStopped()
    setTimeout(() => process.exit(code), 10_000).unref()
  }

  /** @param {number} index @returns {Promise<void>} */
  const start = (index) =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(workerEnvironment(index))
      workers.set(index, worker)
      let ready = false
      worker.on('message', (message) => {
        if (isMessage(message, READY_MESSAGE)) {
          ready = true
          resolve()
        } else if (isMessage(message, REVALIDATE_MESSAGE)) {
          relayRevalidation({ from: worker, message, workers: workers.values() })
        }
      })
      worker.on('exit', (code, signal) => {
        if (stopping) {
          return
        }
        const how = signal ? `signal ${signal}` : `code ${code}`
        if (!ready) {
          reject(new Error(`server process ${index} exited with ${how} before it was ready`))
          return
        }
        if (code === 0 && !signal) {
          // It was told to stop (SIGTERM or SIGINT sent to it, or to the whole process group).
          if ([...workers.values()].every((other) => other.isDead())) {
            stop(0)
          }
          return
        }
        process.stderr.write(`Server process ${index} exited with ${how}; starting a new one.\n`)
        start(index).catch((error) => {
          process.stderr.write(`${error instanceof Error ? error.message : String(error)}; stopping.\n`)
          stop(1)
        })
      })
    })

  process.on('SIGTERM', () => stop(0))
  process.on('SIGINT', () => stop(0))
  try {
    for (let index = 0; index < workerCount; index += 1) {
      await start(index)
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}; stopping.\n`)
    stop(1)
    return
  }
  process.stdout.write(`Crossroads ready on ${describe} (${workerCount} server processes)\n`)
}
