import type { Payload } from 'payload'

/**
 * Sessions are signed with PAYLOAD_SECRET. The development fallback is public, so a production
 * server without its own secret refuses to start rather than accept forgeable tokens.
 */
export const requireSecretInProduction = (payload: Payload): void => {
  if (process.env.NODE_ENV === 'production' && !process.env.PAYLOAD_SECRET) {
    payload.logger.error({ msg: 'PAYLOAD_SECRET is not set.' })
    throw new Error('PAYLOAD_SECRET must be set in production (any long random string, e.g. `openssl rand -hex 32`).')
  }
}
