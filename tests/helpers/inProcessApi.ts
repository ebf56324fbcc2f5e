import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'

/**
 * Payload's own REST (`handleEndpoints`) and GraphQL (`GRAPHQL_POST`) handlers called in this
 * process with a real `Request`: the code `app/(payload)/api` runs, without a server. Both use the
 * Payload instance `getPayload({ config })` caches, so tests must create theirs the same way.
 */
const headersFor = (token: null | string | undefined) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) {
    headers.set('Authorization', `JWT ${token}`)
  }
  return headers
}

export type RestResponse = { body: null | Record<string, unknown>; status: number }

export const restRequest = async (
  token: null | string | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<RestResponse> => {
  const request = new Request(`http://localhost:3000/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: headersFor(token),
    method,
  })
  const response = await handleEndpoints({ config, request })
  return { body: (await response.json().catch(() => null)) as null | Record<string, unknown>, status: response.status }
}

export type GraphqlResponse = { data?: Record<string, null | Record<string, unknown>>; errors?: unknown[] }

export const graphqlRequest = async (
  token: null | string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse> => {
  const request = new Request('http://localhost:3000/api/graphql', {
    body: JSON.stringify({ query, variables }),
    headers: headersFor(token),
    method: 'POST',
  })
  const response = await GRAPHQL_POST(config)(request)
  return (await response.json()) as GraphqlResponse
}

/** A multipart REST request (file uploads), as the admin's upload form sends it. */
export const restMultipartRequest = async (
  token: null | string | undefined,
  method: string,
  path: string,
  { data, file }: { data: Record<string, unknown>; file?: { bytes: Buffer; name: string; type: string } },
): Promise<RestResponse> => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  if (file) {
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  }
  const headers = new Headers()
  if (token) {
    headers.set('Authorization', `JWT ${token}`)
  }
  const request = new Request(`http://localhost:3000/api${path}`, { body: form, headers, method })
  const response = await handleEndpoints({ config, request })
  return { body: (await response.json().catch(() => null)) as null | Record<string, unknown>, status: response.status }
}
