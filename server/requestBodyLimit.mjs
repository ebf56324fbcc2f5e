// @ts-check
/**
 * The largest request body the server accepts at all: an observation spreadsheet (25 MB) with its
 * form fields, the largest upload there is. Routes refuse smaller bodies themselves (Payload's
 * media uploads at `UPLOAD_LIMITS`, the imports at theirs); this bound is for the routes that read
 * a whole body before anything checks it, as Payload's JSON routes do.
 */
export const MAX_REQUEST_BODY_BYTES = 27 * 1024 * 1024

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Why a request must be refused before anything reads its body, or `null`: a declared length over
 * `MAX_REQUEST_BODY_BYTES` (413), or an API request with a body of undeclared length (411; browsers
 * always declare it, and Node's parser holds a declared length to the bytes that follow).
 * @param {{ headers: import('node:http').IncomingHttpHeaders, method?: string, url?: string }} request
 * @returns {null | { message: string, status: 411 | 413 }}
 */
export const refusalOfRequestBody = ({ headers, method = 'GET', url = '/' }) => {
  if (WITHOUT_BODY.has(method.toUpperCase())) {
    return null
  }
  const declared = headers['content-length']
  if (declared !== undefined) {
    return Number(declared) > MAX_REQUEST_BODY_BYTES
      ? {
          message: `The request is larger than ${MAX_REQUEST_BODY_BYTES / (1024 * 1024)} MB, the most this server accepts.`,
          status: 413,
        }
      : null
  }
  return headers['transfer-encoding'] !== undefined && url.startsWith('/api/')
    ? { message: 'Send the request with a Content-Length header.', status: 411 }
    : null
}

/**
 * `listener`, behind `refusalOfRequestBody`: a refused request gets its status and a JSON error in
 * Payload's shape, and the connection closes without the body being read.
 * @param {import('node:http').RequestListener} listener
 * @returns {import('node:http').RequestListener}
 */
export const withRequestBodyLimit = (listener) => (request, response) => {
  const refusal = refusalOfRequestBody(request)
  if (!refusal) {
    listener(request, response)
    return
  }
  response.writeHead(refusal.status, { connection: 'close', 'content-type': 'application/json' })
  response.end(JSON.stringify({ errors: [{ message: refusal.message }] }))
}
