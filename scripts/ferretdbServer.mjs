// @ts-check
// A throw-away FerretDB for tests: the binary scripts/ferretdb.sh caches (built through it on first
// use), with its SQLite backend and its log in a temporary directory, on a free loopback port,
// stopped by `stop()` (and with the process that started it). The same flags as scripts/ferretdb.sh.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './freePort.mjs'

/** @returns {string} where scripts/ferretdb.sh caches the FerretDB binary */
const ferretdbBinary = () => spawnSync('bash', ['scripts/ferretdb.sh', '--where']).stdout.toString().trim()

/** @returns {boolean} whether FerretDB is built, or Go is there to build it */
export const hasFerretDb = () =>
  fs.existsSync(ferretdbBinary()) ||
  spawnSync('bash', ['-c', 'command -v go || test -x /usr/local/go/bin/go']).status === 0

/** @param {number} port @returns {Promise<boolean>} */
const accepts = (port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/**
 * @typedef {{
 *   env: { DATABASE_URI: string; MONGODB_COMPATIBILITY: 'ferretdb' }
 *   log: () => string
 *   stop: () => Promise<void>
 * }} TestFerretDb
 */

/**
 * Starts FerretDB on a free 127.0.0.1 port with an empty database `database`; `env` is what a
 * server or seed needs to use it.
 * @param {{ database?: string }} [options]
 * @returns {Promise<TestFerretDb>}
 */
export const startFerretDb = async ({ database = 'crossroads-test' } = {}) => {
  const binary = ferretdbBinary()
  if (!fs.existsSync(binary)) {
    const built = spawnSync('bash', ['scripts/ferretdb.sh', '--build'], { stdio: ['ignore', 'inherit', 'inherit'] })
    if (built.status !== 0) {
      throw new Error('Building FerretDB failed (bash scripts/ferretdb.sh --build)')
    }
  }
  const port = await freePort()
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-ferretdb-'))
  fs.mkdirSync(path.join(workDir, 'data'))
  fs.mkdirSync(path.join(workDir, 'state'))
  // FerretDB logs every error it answers with, the expected ones too (a collection that already
  // exists when the second server starts), so its log is kept for when something fails.
  const logFile = path.join(workDir, 'ferretdb.log')
  const logFd = fs.openSync(logFile, 'a')
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '')
  // Through a watchdog shell, as scripts/redisServer.mjs: when this process ends, however abruptly,
  // its end of the pipe closes and the shell stops FerretDB; closing the pipe is also how `stop()` does.
  const child = spawn(
    'bash',
    [
      '-c',
      'exec 3<&0; "$@" & server=$!; (read -r _ <&3; kill "$server" 2>/dev/null) & wait "$server"',
      'ferretdb',
      binary,
      '--handler=sqlite',
      `--sqlite-url=file:${workDir}/data/`,
      `--listen-addr=127.0.0.1:${port}`,
      '--debug-addr=-',
      `--state-dir=${workDir}/state`,
      '--telemetry=disable',
      '--log-level=warn',
    ],
    { stdio: ['pipe', logFd, logFd] },
  )
  fs.closeSync(logFd)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null) {
      child.stdin?.end()
      await exited
    }
    fs.rmSync(workDir, { force: true, recursive: true })
  }
  const deadline = Date.now() + 10_000
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const lastLines = log().split('\n').slice(-40).join('\n')
      await stop()
      throw new Error(`FerretDB did not start on 127.0.0.1:${port}. Its log:\n${lastLines}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    env: { DATABASE_URI: `mongodb://127.0.0.1:${port}/${database}`, MONGODB_COMPATIBILITY: 'ferretdb' },
    log,
    stop,
  }
}
