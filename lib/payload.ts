import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

/** The Payload instance for server components and route handlers (one per process). */
export const getPayloadClient = cache(() => getPayload({ config }))
