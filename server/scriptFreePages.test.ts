import type { AddressInfo } from 'node:net'

import http from 'node:http'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'

import { createSharedPageCache, handleWithSharedCache } from './sharedPageCache.mjs'
import { handleWithScriptFreePages, READER_SCRIPT_PATH, toScriptFreePage } from './scriptFreePages.mjs'

const STRUCTURED_DATA = '<script type="application/ld+json">{"@type":"Article","headline":"A < B"}</script>'

/** Shaped like a Next.js page: framework chunks, an inline React payload, a preload, a nomodule polyfill. */
const NEXT_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<link rel="alternate" type="application/rss+xml" href="/feed.xml"/>' +
  '</head><body><main><h1>Kazakhstan</h1><p>Trade rose to $3.0 bn.</p>' +
  STRUCTURED_DATA +
  '<form data-submit-on-change=""><input type="checkbox" name="countries" value="kazakhstan"/></form></main>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"0:[\\"$\\",\\"main\\",null,{}]\\n"])</script>' +
  '</body></html>'

describe('toScriptFreePage', () => {
  it('should drop every script the browser would run and keep the content, styles and structured data', async () => {
    const page = (await toScriptFreePage(NEXT_PAGE))!

    expect(page.match(/<script\b[^>]*>/g)).toEqual([
      `<script src="${READER_SCRIPT_PATH}" defer>`,
      '<script type="application/ld+json">',
    ])
    expect(page).not.toContain('__next_f')
    expect(page).not.toContain('/_next/static/chunks/main.js')
    expect(page).not.toContain('modulepreload')
    expect(page).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>')
    expect(page).toContain('<link rel="alternate" type="application/rss+xml" href="/feed.xml"/>')
    expect(page).toContain(STRUCTURED_DATA)
    expect(page).toContain('<h1>Kazakhstan</h1><p>Trade rose to $3.0 bn.</p>')
    expect(page).toContain('<html lang="en" data-scripts="none">')
  })

  it('should leave a page alone when a streamed part of it needs a script to be shown', async () => {
    const streamed = NEXT_PAGE.replace(
      '</main>',
      '<template id="B:0"></template><p>Loading…</p></main><div hidden id="S:0"><p>The figures</p></div>',
    )

    expect(await toScriptFreePage(streamed)).toBeNull()
    const errorDocument = NEXT_PAGE.replace('<html lang="en">', '<html id="__next_error__">').replace(
      /<main>.*<\/main>/,
      '<div hidden=""><!--$--><!--/$--></div>',
    )
    expect(await toScriptFreePage(errorDocument)).toBeNull()
  })
})

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

type Answer = { body: string; headers: Record<string, string> }

/**
 * The order of `server/index.mjs`: script-free pages in front of the shared page cache, in front of
 * a stand-in for Next.js that gzips when asked, writes in two parts and counts its renders.
 */
const startServer = async (answer: (path: string) => Answer) => {
  const cache = createSharedPageCache({ settleMs: 0 })
  const renders: string[] = []
  const errors: unknown[] = []
  const server = http.createServer((request, response) =>
    handleWithScriptFreePages({ onError: (error) => errors.push(error) }, request, response, () =>
      handleWithSharedCache(cache, request, response, () => {
        renders.push(request.url ?? '')
        const { body, headers } = answer(request.url ?? '')
        for (const [name, value] of Object.entries(headers)) {
          response.setHeader(name, value)
        }
        const bytes = /gzip/.test(String(request.headers['accept-encoding']))
          ? (response.setHeader('content-encoding', 'gzip'), zlib.gzipSync(body))
          : Buffer.from(body)
        response.write(bytes.subarray(0, 10))
        response.end(bytes.subarray(10))
      }),
    ),
  )
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    errors,
    get: async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
      const response = await fetch(`${origin}${path}`, { headers, method })
      return { body: await response.text(), headers: response.headers, status: response.status }
    },
    renders,
  }
}

const PAGE_HEADERS = {
  'cache-control': 's-maxage=3600, stale-while-revalidate=31532400',
  'content-type': 'text/html; charset=utf-8',
  etag: '"next-page"',
  vary: 'rsc, Accept-Encoding',
}

const nextPages = (path: string): Answer =>
  path.startsWith('/compare/data.csv')
    ? { body: 'country,value\nkazakhstan,3000000000\n', headers: { 'content-type': 'text/csv; charset=utf-8' } }
    : { body: NEXT_PAGE, headers: PAGE_HEADERS }

describe('handleWithScriptFreePages', () => {
  it('should send a reader page without scripts to a visitor without a session, from the cache too', async () => {
    const server = await startServer(nextPages)

    for (const encoding of ['gzip', 'identity', 'gzip']) {
      const response = await server.get('/countries/kazakhstan', { 'accept-encoding': encoding })
      expect(response.status).toBe(200)
      expect(response.body).toContain('<h1>Kazakhstan</h1>')
      expect(response.body).not.toContain('__next_f')
      expect(response.body).toContain(`<script src="${READER_SCRIPT_PATH}" defer>`)
      expect(response.headers.get('vary')).toBe('rsc, Accept-Encoding, Cookie')
      expect(response.headers.get('etag')).toMatch(/^"sf-/)
    }
    // Once per encoding: the third answer came from the shared cache.
    expect(server.renders).toEqual(['/countries/kazakhstan', '/countries/kazakhstan'])
    expect(server.errors).toEqual([])
  })

  it('should send the page with its scripts to a visitor who may be signed in', async () => {
    const server = await startServer(nextPages)

    for (const cookie of [
      'next-auth.session-token=abc',
      '__Secure-next-auth.session-token.0=abc; theme=dark',
      'theme=dark; payload-token=abc',
    ]) {
      const response = await server.get('/compare?countries=kazakhstan', { cookie })
      expect(response.body).toBe(NEXT_PAGE)
      expect(response.headers.get('etag')).toBe('"next-page"')
      expect(response.headers.get('vary')).toBe('rsc, Accept-Encoding, Cookie')
    }
    // A cookie that is not a session changes nothing.
    expect(
      (await server.get('/compare?countries=kazakhstan', { cookie: 'next-auth.csrf-token=abc' })).body,
    ).not.toContain('__next_f')
  })

  it('should leave other pages, downloads and HEAD requests as they are', async () => {
    const server = await startServer(nextPages)

    for (const path of ['/sign-in', '/my', '/admin', '/preview/articles/1']) {
      const response = await server.get(path)
      expect(response.body, path).toBe(NEXT_PAGE)
      expect(response.headers.get('vary'), path).toBe('rsc, Accept-Encoding')
    }
    const download = await server.get('/compare/data.csv?countries=kazakhstan')
    expect(download.body).toBe('country,value\nkazakhstan,3000000000\n')
    const head = await server.get('/articles', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('vary')).toBe('rsc, Accept-Encoding, Cookie')
  })

  it('should answer 304 to a reader who has the script-free page already', async () => {
    const server = await startServer(nextPages)
    const first = await server.get('/indicators/trade')

    const again = await server.get('/indicators/trade', { 'if-none-match': first.headers.get('etag')! })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    // The page with scripts has other validators: its ETag does not stand for the script-free page.
    expect((await server.get('/indicators/trade', { 'if-none-match': '"next-page"' })).status).toBe(200)
  })
})
