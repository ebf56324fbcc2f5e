import type { PayloadRequest } from 'payload'

import { formatBytes } from '@/lib/import/archiveLimits'

/** A request refused for its size: 413, with what the limit is. */
export class RequestTooLargeError extends Error {
  override name = 'RequestTooLargeError'
  readonly status = 413
}

const tooLarge = (what: string, maxBytes: number) =>
  new RequestTooLargeError(`The ${what} is larger than ${formatBytes(maxBytes)}; split it into several imports.`)

/**
 * The request body, refused with `RequestTooLargeError` as soon as it is known to be over `maxBytes`:
 * from `Content-Length` before anything is read, else while a chunked body streams in. At most
 * `maxBytes` are ever held.
 */
export const readBodyWithin = async ({
  maxBytes,
  req,
  what,
}: {
  maxBytes: number
  req: PayloadRequest
  what: string
}): Promise<Uint8Array<ArrayBuffer>> => {
  const declared = Number(req.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw tooLarge(what, maxBytes)
  }
  const reader = (req.body as null | ReadableStream<Uint8Array>)?.getReader()
  if (!reader) {
    return new Uint8Array(0)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      break
    }
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(what, maxBytes)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

/** A multipart or URL-encoded form, read within `maxBytes` (see `readBodyWithin`). */
export const readFormWithin = async (args: { maxBytes: number; req: PayloadRequest; what: string }) => {
  const bytes = await readBodyWithin(args)
  return new Response(bytes, { headers: { 'content-type': args.req.headers.get('content-type') ?? '' } }).formData()
}

/** A JSON body, read within `maxBytes` (see `readBodyWithin`); `undefined` when it is not JSON. */
export const readJsonWithin = async (args: { maxBytes: number; req: PayloadRequest; what: string }) => {
  const text = new TextDecoder().decode(await readBodyWithin(args))
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
