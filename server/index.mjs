#!/usr/bin/env node
// @ts-check
// The production server (`npm start`): Next.js behind the in-process shared page cache
// (server/sharedPageCache.mjs). Usage: node server/index.mjs [-p 3000] [-H 0.0.0.0]
// WEB_CONCURRENCY=N runs N server processes on the port (server/cluster.mjs); unset, one.
// REDIS_URL makes several servers (machines) one site: server/redisCoordination.mjs.
// `npm start` adds --max-semi-space-size=64: rendering allocates many short-lived objects, and a
// larger young generation cut a comparison's garbage collection enough for 11 % more pages a second
// and a p97.5 of 1.06 s instead of 1.61 s at 10 connections (README, "Performance").
import cluster from 'node:cluster'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { securityHeadersFor } from '../lib/security/headers.mjs'
import { handleWithContentSecurityPolicy } from '../lib/security/responsePolicy.mjs'
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from './clientAddress.mjs'
import { isMessage, READY_MESSAGE, REVALIDATE_MESSAGE, runClusterPrimary } from './cluster.mjs'
import { createProductionServer, PRODUCTION_SERVER } from './productionServer.mjs'
import { connectRedisCoordination, describeAddress } from './redisCoordination.mjs'
import { withRequestBodyLimit } from './requestBodyLimit.mjs'
import { handleWithScriptFreePages } from './scriptFreePages.mjs'
import { readSetting, settingProblems } from './settings.mjs'
import { createSharedPageCache, handleWithSharedCache } from './sharedPageCache.mjs'

const { values: options } = parseArgs({
  options: {
    hostname: { short: 'H', type: 'string' },
    port: { short: 'p', type: 'string' },
  },
})
// Every setting is checked before anything starts, all at once: one message names each bad one.
// Next.js is told it is production below, so the settings are read as production reads them; -p
// and -H stand in for PORT and HOSTNAME.
const environment = {
  ...process.env,
  NODE_ENV: 'production',
  ...(options.hostname === undefined ? {} : { HOSTNAME: options.hostname }),
  ...(options.port === undefined ? {} : { PORT: options.port }),
}
const problems = settingProblems(environment)
if (problems.length > 0) {
  process.stderr.write(
    `Crossroads cannot start: ${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} wrong.\n` +
      problems.map((problem) => `- ${problem}\n`).join(''),
  )
  process.exit(1)
}
const port = readSetting('PORT', environment)
const hostname = readSetting('HOSTNAME', environment)
const workerCount = readSetting('WEB_CONCURRENCY', environment)
const trustedHops = readSetting('TRUSTED_PROXY_HOPS', environment)
const cacheMegabytes = readSetting('SHARED_PAGE_CACHE_MB', environment)
const cacheTtlSeconds = readSetting('SHARED_PAGE_CACHE_TTL', environment)
const redisUrl = readSetting('REDIS_URL', environment)

/** Lets Next.js and Payload serve this process's share of the requests. */
const serve = async () => {
  const inCluster = cluster.isWorker
  const workerIndex = process.env.CROSSROADS_WORKER_INDEX ?? '0'

  const cache =
    cacheMegabytes > 0
      ? createSharedPageCache({
          maxBytes: cacheMegabytes * 2 ** 20,
          maxTtlSeconds: cacheTtlSeconds,
        })
      : null
  /** @type {import('./productionServer.mjs').ProductionServer | null} */
  let productionServer = null
  /** @param {string} why */
  const revalidateForOthers = (why) => {
    productionServer?.revalidateInRequest().catch((error) => {
      process.stderr.write(`Could not revalidate the reader pages ${why}: ${error}\n`)
    })
  }
  // Connected before Next.js loads: its cache handler (server/nextCacheHandler.mjs) uses it.
  const redis = redisUrl
    ? await connectRedisCoordination({
        log: (line) => process.stderr.write(`${line}\n`),
        // Publications made while Redis was away reached no other server, and Next.js's pages in
        // Redis may predate them: revalidate once more.
        onReconnected: () => revalidateForOthers('after Redis came back'),
        onRevalidation: () => revalidateForOthers('for another server'),
        url: redisUrl,
      })
    : null

  // Set before Next.js loads, as `next start` does.
  Object.assign(process.env, { NODE_ENV: 'production' })
  const { default: next } = await import('next')

  const app = next({
    dev: false,
    dir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
    hostname,
    port,
  })
  const handle = app.getRequestHandler()

  const policyOptions = {
    /** @param {unknown} error */
    onError: (error) => process.stderr.write(`Could not hash the inline scripts of a page: ${error}\n`),
  }
  const scriptFreeOptions = {
    /** @param {unknown} error */
    onError: (error) => process.stderr.write(`Could not make a reader page script-free: ${error}\n`),
  }
  const listener = withRequestBodyLimit((request, response) => {
    // Whatever the client sent under this name is replaced: sign-in limits count per this address.
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({
      forwardedFor: request.headers['x-forwarded-for'],
      socketAddress: request.socket.remoteAddress,
      trustedHops,
    })
    for (const [name, value] of Object.entries(securityHeadersFor(request.url))) {
      response.setHeader(name, value)
    }
    if (inCluster) {
      response.setHeader('x-crossroads-worker', workerIndex)
    }
    // The shared page cache sits in front: a page it keeps is stored with its policy, hashed once.
    const render = () =>
      handleWithContentSecurityPolicy(policyOptions, request, response, () => handle(request, response))
    const renderOrRecall = () => (cache ? handleWithSharedCache(cache, request, response, render) : render())
    // In front of the cache, which keeps one page for every reader: see the top of that file.
    handleWithScriptFreePages(scriptFreeOptions, request, response, renderOrRecall)
  })
  const server = http.createServer(listener)
  // The process reaches itself (to revalidate inside a request, see
  // lib/cache/revalidateReaderPages.ts) on a loopback port of its own: in a cluster a request to
  // the shared port may reach any worker, and the public port opens only once the process is ready.
  const ownServer = http.createServer(listener)
  const ownOrigin = () => {
    const address = ownServer.address()
    if (!address || typeof address === 'string') {
      throw new Error('the server is not listening')
    }
    return `http://127.0.0.1:${address.port}`
  }
  productionServer = createProductionServer({
    // Through Redis every process of every server hears it, cluster workers included.
    broadcast: redis
      ? () => {
          redis.publishRevalidation().catch(() => {
            // Redis is away (its log line says so); revalidated again on every server when it is back.
          })
        }
      : inCluster
        ? () => process.send?.({ type: REVALIDATE_MESSAGE })
        : undefined,
    origin: ownOrigin,
    pageCache: cache,
    redis,
  })
  Object.assign(globalThis, { [PRODUCTION_SERVER]: productionServer })
  await app.prepare()

  await new Promise((resolve) =>
    ownServer.listen({ exclusive: true, host: '127.0.0.1', port: 0 }, () => resolve(undefined)),
  )
  if (inCluster) {
    // Payload starts (and applies pending migrations) on its first request: one worker at a time.
    await fetch(`${ownOrigin()}/api/users/me`)
  }
  // Next.js keeps rendered pages on disk across restarts; one rendered before a publication that
  // nobody requested again since would otherwise be served as fresh until it expires. Nothing is
  // served before this, so the (empty) shared page cache needs no purge.
  await productionServer.revalidateInRequest({ keepPageCache: true })
  if (inCluster && !redis) {
    process.on('message', (message) => {
      if (isMessage(message, REVALIDATE_MESSAGE)) {
        revalidateForOthers('for another server process')
      }
    })
  }
  await new Promise((resolve) => server.listen(port, hostname, () => resolve(undefined)))

  const stop = () => {
    server.close()
    ownServer.close()
    Promise.allSettled([app.close(), redis?.close()]).finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  if (inCluster) {
    // The primary is gone (killed without stopping its workers): nothing would relay revalidations.
    process.on('disconnect', stop)
    process.send?.({ type: READY_MESSAGE })
  } else {
    process.stdout.write(
      `Crossroads ready on http://${hostname}:${port}` +
        (cache ? ` (shared page cache ${cacheMegabytes} MB` : ' (shared page cache off') +
        (redisUrl ? `, shared with other servers through Redis at ${describeAddress(redisUrl)})\n` : ')\n'),
    )
  }
}

if (workerCount > 1 && cluster.isPrimary) {
  await runClusterPrimary({ describe: `http://${hostname}:${port}`, workerCount })
} else {
  await serve()
}
