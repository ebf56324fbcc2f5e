import type { AddressInfo } from 'node:net'

import crypto from 'node:crypto'
import http from 'node:http'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'

import { createSharedPageCache, handleWithSharedCache } from '@/server/sharedPageCache.mjs'
import { NON_DOCUMENT_POLICY, STATIC_SECURITY_HEADERS } from '@/lib/security/headers.mjs'
import { hashFrameworkInlineScripts } from '@/lib/security/inlineScripts.mjs'
import { handleWithContentSecurityPolicy } from '@/lib/security/responsePolicy.mjs'
// The middleware Next.js compresses its responses with, so the chain is the one `server/index.mjs` runs.
// @ts-expect-error -- Next.js ships its compiled copy without type declarations
import compression from 'next/dist/compiled/compression/index.js'

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('base64')

/** A page as Next.js writes it: framework scripts with the nonce, content, and the RSC payload inline. */
const page = (nonce: string, content = '<p>Text</p>') =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async="" nonce="${nonce}"></script>` +
  `</head><body>${content}<script nonce="${nonce}">self.__next_f.push([1,"a"])</script>` +
  `<script nonce="${nonce}">self.__next_f.push([1,"b\\u003c/script>"])</script></body></html>`
const FRAMEWORK_SCRIPTS = ['self.__next_f.push([1,"a"])', 'self.__next_f.push([1,"b\\u003c/script>"])']

describe('inline scripts a page may run', () => {
  it('should hash exactly the inline scripts carrying the nonce the page was rendered with', () => {
    const injected = '<script>window.__pwned=1</script><script nonce="guess">window.__pwned=2</script>'
    expect(hashFrameworkInlineScripts(page('n1', injected), 'n1').sort()).toEqual(FRAMEWORK_SCRIPTS.map(sha256).sort())
  })

  it('should take the nonce of the framework scripts for a page rendered for an earlier request', () => {
    expect(hashFrameworkInlineScripts(page('earlier'), 'now').sort()).toEqual(FRAMEWORK_SCRIPTS.map(sha256).sort())
  })

  it('should allow no inline script when framework scripts disagree about the nonce of an earlier render', () => {
    const forged = '<script src="/_next/static/chunks/x.js" nonce="forged"></script><script nonce="forged">x()</script>'
    expect(hashFrameworkInlineScripts(page('earlier', forged), 'now')).toEqual([])
  })

  it('should leave data blocks and external scripts out, and hash text with line breaks as a browser does', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" nonce="n"></script><script type="application/ld+json">{"a":1}</script>' +
      '<script nonce="n">one();\r\ntwo();\rthree()</script>'
    expect(hashFrameworkInlineScripts(html, 'n')).toEqual([sha256('one();\ntwo();\nthree()')])
  })
})

type Reply = { body: string; headers: Record<string, string>; status?: number }

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

/**
 * A server shaped like `server/index.mjs`: the shared page cache, then the policy, then a stand-in for
 * Next.js that reads its nonce from the request header, compresses with Next.js's middleware,
 * flushes its headers early and writes the page in pieces.
 */
const startServer = async (reply: (nonce: string, path: string) => Reply) => {
  const cache = createSharedPageCache()
  const compress = compression()
  let renders = 0
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) {
      response.setHeader(name, value)
    }
    handleWithSharedCache(cache, request, response, () =>
      handleWithContentSecurityPolicy({ onError: () => {} }, request, response, () => {
        renders += 1
        compress(request, response, () => {})
        const nonce = /'nonce-([^']+)'/.exec(String(request.headers['content-security-policy']))?.[1] ?? ''
        const { body, headers, status = 200 } = reply(nonce, request.url ?? '')
        response.statusCode = status
        for (const [name, value] of Object.entries(headers)) {
          response.setHeader(name, value)
        }
        response.flushHeaders()
        const middle = Math.floor(body.length / 2)
        response.write(body.slice(0, middle))
        response.end(body.slice(middle))
      }),
    )
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    get: (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ body: string; headers: http.IncomingHttpHeaders; status: number }>((resolve, reject) => {
        http
          .get({ headers, host: '127.0.0.1', path, port }, (response) => {
            const chunks: Buffer[] = []
            response.on('data', (chunk: Buffer) => chunks.push(chunk))
            response.on('end', () => {
              const raw = Buffer.concat(chunks)
              const body = response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw
              resolve({ body: body.toString('utf8'), headers: response.headers, status: response.statusCode ?? 0 })
            })
          })
          .on('error', reject)
      }),
    renders: () => renders,
  }
}

const HTML = { 'content-type': 'text/html; charset=utf-8' }
const CACHED_HTML = { ...HTML, 'cache-control': 's-maxage=3600', vary: 'Accept-Encoding' }

const scriptHashesOf = (policy: string | string[] | undefined) =>
  [...String(policy).matchAll(/'sha256-([^']+)'/g)].map((match) => match[1]).sort()

describe('Content-Security-Policy of each response', () => {
  it('should send a page unchanged, compressed or not, with the hashes of its framework scripts', async () => {
    const server = await startServer((nonce) => ({ body: page(nonce, 'x'.repeat(4_000)), headers: HTML }))
    for (const encoding of ['gzip', 'identity']) {
      const response = await server.get('/', { 'accept-encoding': encoding })
      expect(response.body).toMatch(/^<!DOCTYPE html>.*x{4000}.*<\/html>$/)
      expect(scriptHashesOf(response.headers['content-security-policy'])).toEqual(FRAMEWORK_SCRIPTS.map(sha256).sort())
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(response.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('should keep the header with a page the shared cache stores, and render it once', async () => {
    const server = await startServer((nonce) => ({ body: page(nonce), headers: CACHED_HTML }))
    const first = await server.get('/cached', { 'accept-encoding': 'gzip' })
    const second = await server.get('/cached', { 'accept-encoding': 'gzip' })
    expect(second.headers['x-crossroads-cache']).toBe('HIT')
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy'])
    expect(scriptHashesOf(second.headers['content-security-policy'])).toHaveLength(2)
    expect(server.renders()).toBe(1)
  })

  it('should send the non-document policy with anything that is not a page, as it streams', async () => {
    const server = await startServer(() => ({ body: '{"ok":true}', headers: { 'content-type': 'application/json' } }))
    const response = await server.get('/api/x')
    expect(response.body).toBe('{"ok":true}')
    expect(response.headers['content-security-policy']).toBe(NON_DOCUMENT_POLICY)
  })

  it('should give a Not Modified answer no policy of its own, so the browser keeps the one of its copy', async () => {
    const server = await startServer(() => ({ body: '', headers: HTML, status: 304 }))
    const response = await server.get('/')
    expect(response.status).toBe(304)
    expect(response.headers['content-security-policy']).toBeUndefined()
  })

  it('should give no policy to a Not Modified answer without a Content-Type, as Next.js sends for a page', async () => {
    const server = await startServer(() => ({ body: '', headers: { etag: '"page-1"' }, status: 304 }))
    const response = await server.get('/articles/x', { 'if-none-match': '"page-1"' })
    expect(response.status).toBe(304)
    expect(response.headers['content-security-policy']).toBeUndefined()
  })

  it('should overwrite any nonce a client asks Next.js to use', async () => {
    const server = await startServer((nonce) => ({ body: page(nonce), headers: HTML }))
    const response = await server.get('/', { 'content-security-policy': "script-src 'nonce-chosen'" })
    expect(response.body).not.toContain('nonce="chosen"')
  })
})
