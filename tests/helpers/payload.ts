import type { Payload } from 'payload'

import { getPayload } from 'payload'

/** A Payload instance on this test file's fresh database. */
export const createTestPayload = async (): Promise<Payload> => {
  const { default: config } = await import('@payload-config')
  return getPayload({ config, key: `test-${process.pid}-${Date.now()}` })
}
