import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'

/**
 * Payload's own REST and GraphQL handlers called in this process with a real `Request` (as
 * `tests/helpers/inProcessApi.ts`), with the headers a browser or a proxy would send, and the time
 * each answer took. The config is imported on first use, so a test file can set the environment
 * it is built from first.
 */
const loadConfig = async () => (await import('@payload-config')).default
export type TimedResponse = {
  body: unknown
  elapsed: number
  headers: Headers
  status: number
}

export const SITE = 'http://localhost:3000'

export const restCall = async ({
  body,
  headers = {},
  method = 'POST',
  path,
}: {
  body?: unknown
  headers?: Record<string, string>
  method?: string
  path: string
}): Promise<TimedResponse> => {
  const request = new Request(`${SITE}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
    method,
  })
  const startedAt = Date.now()
  const response = await handleEndpoints({ config: await loadConfig(), request })
  const parsed = await response.json().catch(() => null)
  return { body: parsed, elapsed: Date.now() - startedAt, headers: response.headers, status: response.status }
}

export const graphqlCall = async ({
  headers = {},
  query,
  variables = {},
}: {
  headers?: Record<string, string>
  query: string
  variables?: Record<string, unknown>
}): Promise<TimedResponse> => {
  const request = new Request(`${SITE}/api/graphql`, {
    body: JSON.stringify({ query, variables }),
    headers: { 'Content-Type': 'application/json', ...headers },
    method: 'POST',
  })
  const startedAt = Date.now()
  const response = await GRAPHQL_POST(await loadConfig())(request)
  const parsed = await response.json().catch(() => null)
  return { body: parsed, elapsed: Date.now() - startedAt, headers: response.headers, status: response.status }
}
