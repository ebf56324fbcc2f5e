import http from 'node:http'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_REQUEST_BODY_BYTES, withRequestBodyLimit } from '@/server/requestBodyLimit.mjs'

/**
 * Issue #14 item 5: a request body over the limit is refused before it is buffered whole. The
 * production server (server/index.mjs) wraps its listener in `withRequestBodyLimit`; here the same wrapper
 * runs in a real HTTP server on 127.0.0.1 in front of a listener that reads and counts the body.
 */
let server: http.Server
let port: number
let bytesRead = 0

beforeAll(async () => {
  server = http.createServer(
    withRequestBodyLimit((request, response) => {
      request.on('data', (chunk: Buffer) => {
        bytesRead += chunk.length
      })
      request.on('end', () => response.end('read'))
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as net.AddressInfo).port
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** Sends raw request head and `bodyBytes` of body, and answers the status line the server sent. */
const send = (head: string, bodyBytes: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`${head}\r\n\r\n`)
      socket.write(Buffer.alloc(bodyBytes, 'x'))
    })
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk.toString()
      if (answer.includes('\r\n')) {
        socket.destroy()
        resolve(answer.slice(0, answer.indexOf('\r\n')))
      }
    })
    socket.on('error', reject)
  })

describe('request bodies at the server', () => {
  it('should refuse a declared length over the limit with 413 before reading the body', async () => {
    bytesRead = 0
    const status = await send(
      `POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${200 * 1024 * 1024}`,
      64 * 1024,
    )
    expect(status).toBe('HTTP/1.1 413 Payload Too Large')
    expect(bytesRead).toBe(0)
  })

  it('should refuse an API body of undeclared length with 411', async () => {
    bytesRead = 0
    const status = await send(
      'POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked',
      0,
    )
    expect(status).toBe('HTTP/1.1 411 Length Required')
    expect(bytesRead).toBe(0)
  })

  it('should pass a body within the limit on', async () => {
    bytesRead = 0
    const status = await send(
      `POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${1024 * 1024}`,
      1024 * 1024,
    )
    expect(status).toBe('HTTP/1.1 200 OK')
    expect(bytesRead).toBe(1024 * 1024)
  })

  it('should leave room for the largest upload, an observation spreadsheet of 25 MB', () => {
    expect(MAX_REQUEST_BODY_BYTES).toBeGreaterThan(26 * 1024 * 1024)
  })
})
