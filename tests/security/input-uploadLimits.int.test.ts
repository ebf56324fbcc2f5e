import config from '@payload-config'
import { getPayload, handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_DOCUMENT_REQUEST_BYTES, MAX_DRAFT_REQUEST_BYTES } from '@/lib/import/article/endpoints'
import { MAX_UPLOAD_REQUEST_BYTES } from '@/lib/import/observations/endpoints'
import { UPLOAD_LIMITS } from '@/lib/security/limitUploads'
import { createUser } from '@/tests/helpers/fixtures'

/**
 * Issue #14 item 5: the import endpoints refuse a request body over the limit before buffering it
 * whole: at once from `Content-Length`, and while streaming a chunked body. Requests go through
 * Payload's own REST handler (what `app/(payload)/api` runs) with a body that is made as it is read,
 * so the test sees how much of it the server pulled.
 */
const MB = 1024 * 1024
const BOUNDARY = 'crossroads-test-boundary'

let token: string

beforeAll(async () => {
  const payload = await getPayload({ config })
  await createUser(payload, 'admin')
  const analyst = await createUser(payload, 'analyst')
  const login = await payload.login({
    collection: 'users',
    data: { email: analyst.email, password: 'test-password-1' },
  })
  token = login.token!
})

/** A multipart upload of `megabytes` MB of CSV text (or `file`), produced a megabyte at a time on demand. */
const endlessUpload = (
  megabytes: number,
  file = {
    head: 'Content-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\nindicator,country,period,value,source url\n',
  },
) => {
  const state = { pulled: 0 }
  const encoder = new TextEncoder()
  const row = 'synthetic-capacity,KAZ,2020,1,https://stat.example.org/x\n'
  const megabyte = encoder.encode(row.repeat(Math.ceil(MB / row.length)).slice(0, MB))
  const head = encoder.encode(`--${BOUNDARY}\r\n${file.head}`)
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === 0) {
        controller.enqueue(head)
      }
      if (state.pulled >= megabytes) {
        controller.enqueue(encoder.encode(`\r\n--${BOUNDARY}--\r\n`))
        controller.close()
        return
      }
      state.pulled++
      controller.enqueue(megabyte)
    },
  })
  return { body, state }
}

const post = (path: string, body: ReadableStream<Uint8Array> | string, headers: Record<string, string>) =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, {
      body,
      duplex: 'half',
      headers: { Authorization: `JWT ${token}`, ...headers },
      method: 'POST',
    } as RequestInit),
  })

const multipart = { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` }

describe('import request bodies over the limit', () => {
  it.each([
    ['/import/observations/dry-run', MAX_UPLOAD_REQUEST_BYTES],
    ['/import/article/parse', MAX_DOCUMENT_REQUEST_BYTES],
  ])('should refuse %s with 413 from Content-Length without reading the body', async (path, limit) => {
    const upload = endlessUpload(200)
    const response = await post(path, upload.body, { ...multipart, 'Content-Length': String(200 * MB) })
    expect(response.status).toBe(413)
    expect(((await response.json()) as { error: string }).error).toContain(`larger than ${limit / MB} MB`)
    expect(upload.state.pulled).toBeLessThanOrEqual(1)
  })

  it.each([
    ['/import/observations/dry-run', MAX_UPLOAD_REQUEST_BYTES],
    ['/import/observations/apply', MAX_UPLOAD_REQUEST_BYTES],
    ['/import/observations/jobs', MAX_UPLOAD_REQUEST_BYTES],
    ['/import/article/parse', MAX_DOCUMENT_REQUEST_BYTES],
  ])('should stop reading a chunked body to %s once it passes the limit', async (path, limit) => {
    const upload = endlessUpload(200)
    const response = await post(path, upload.body, multipart)
    expect(response.status).toBe(413)
    expect(upload.state.pulled).toBeLessThanOrEqual(Math.ceil(limit / MB) + 2)
  })

  it('should refuse a reviewed article draft over the limit', async () => {
    const draft = JSON.stringify({
      body: { content: [], type: 'doc' },
      dek: 'x'.repeat(MAX_DRAFT_REQUEST_BYTES),
      title: 'Long',
    })
    const response = await post('/import/article/create', draft, { 'Content-Type': 'application/json' })
    expect(response.status).toBe(413)
  })

  it('should still read an upload within the limit', async () => {
    const upload = endlessUpload(1)
    const response = await post('/import/observations/dry-run', upload.body, multipart)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { rowCount: number }).rowCount).toBeGreaterThan(10_000)
  })
})

describe("Payload's own upload route (media)", () => {
  it('should stop reading a file over the limit and answer 413', async () => {
    const upload = endlessUpload(200, {
      head: 'Content-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n',
    })
    const response = await post('/media', upload.body, multipart)
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toContain('The file is larger than 20 MB')
    expect(upload.state.pulled).toBeLessThanOrEqual(Math.ceil(UPLOAD_LIMITS.requestBytes / MB) + 2)
  })
})
