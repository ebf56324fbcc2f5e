import type { PayloadRequest } from 'payload'

import { timingSafeEqual } from 'node:crypto'

import { readSetting } from '@/server/settings.mjs'

import { hasRole } from './roles'

/** The setting holding the secret a scheduler presents to run the jobs queue over HTTP. */
export const CRON_SECRET_SETTING = 'CRON_SECRET' as const

const matches = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Who may run the jobs queue over HTTP (`/api/payload-jobs/run`, `/handle-schedules`): admins, and a
 * scheduler sending `Authorization: Bearer <CRON_SECRET>` when that secret is set. Payload's default
 * lets any signed-in account, readers included, set the queue working.
 */
export const adminOrCron = ({ req }: { req: PayloadRequest }): boolean => {
  if (hasRole(req.user, 'admin')) {
    return true
  }
  const secret = readSetting(CRON_SECRET_SETTING)
  const header = req.headers.get('authorization') ?? ''
  return Boolean(secret) && header.startsWith('Bearer ') && matches(header.slice('Bearer '.length), secret!)
}
