// @ts-check
// A throw-away Redis for tests and `npm run bench`: Debian's `redis-server` on a free loopback
// port, nothing saved to disk, stopped by `stop()` (and with the process that started it).
import { spawn, spawnSync } from 'node:child_process'
import net from 'node:net'

import { freePort } from './freePort.mjs'

/** @returns {boolean} whether `redis-server` can be started here */
export const hasRedisServer = () => spawnSync('redis-server', ['--version']).status === 0

/** @param {number} port @returns {Promise<boolean>} */
const answersPing = (port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'))
    socket.setTimeout(500, () => socket.destroy())
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
    socket.once('close', () => resolve(false))
  })

/**
 * @typedef {{ port: number; start: () => Promise<void>; stop: () => Promise<void>; url: string }} TestRedis
 */

/**
 * Starts `redis-server` on a free 127.0.0.1 port; `stop()` kills it (as a crash would look to its
 * clients) and `start()` brings it back on the same port, empty.
 * @param {{ port?: number }} [options]
 * @returns {Promise<TestRedis>}
 */
export const startRedisServer = async ({ port } = {}) => {
  const chosen = port ?? (await freePort())
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null
  const start = async () => {
    // Through a watchdog shell: when this process ends, however abruptly, its end of the pipe
    // closes and the shell kills redis-server; closing the pipe is also how `stop()` kills it.
    child = spawn(
      'bash',
      [
        '-c',
        // A background job's standard input is /dev/null: the pipe is read through descriptor 3.
        'exec 3<&0; redis-server "$@" & server=$!; (read -r _ <&3; kill -9 "$server" 2>/dev/null) & wait "$server"',
        'redis-server',
        ...[
          '--port',
          String(chosen),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
          '--loglevel',
          'warning',
        ],
      ],
      { stdio: ['pipe', 'ignore', 'inherit'] },
    )
    const started = child
    const deadline = Date.now() + 10_000
    while (!(await answersPing(chosen))) {
      if (started.exitCode !== null || Date.now() > deadline) {
        throw new Error(`redis-server did not start on 127.0.0.1:${chosen}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const stop = async () => {
    const running = child
    child = null
    if (running && running.exitCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve))
      running.stdin?.end()
      await exited
    }
  }
  await start()
  return { port: chosen, start, stop, url: `redis://127.0.0.1:${chosen}` }
}
