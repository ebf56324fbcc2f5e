import type { Payload } from 'payload'

/** The next time after `now` at `minute` past the hour, every `everyHours` hours from midnight UTC. */
export const nextRunAfter = (now: Date, { everyHours, hourUtc = 0, minute = 0 }: RecurringSchedule): Date => {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc % everyHours, minute)
  const step = everyHours * 3_600_000
  const steps = Math.floor((now.getTime() - start) / step) + 1
  return new Date(start + Math.max(steps, 0) * step)
}

export type RecurringSchedule = {
  /** 24 for once a day, 1 for every hour. */
  everyHours: number
  /** For daily runs: the hour (UTC) of the run. */
  hourUtc?: number
  minute?: number
}

/**
 * Keeps one run of `task` waiting in the jobs queue for its next time (the server works the queue
 * off every minute). Payload's own `schedule` would add a jobs-statistics global that any signed-in
 * account could rewrite, so each run queues its successor, and start-up queues the first.
 */
export const queueNextRun = async (
  payload: Payload,
  task: string,
  schedule: RecurringSchedule,
  now: Date = new Date(),
): Promise<void> => {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    overrideAccess: true,
    where: {
      and: [
        { taskSlug: { equals: task } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { greater_than: now.toISOString() } },
      ],
    },
  })
  if (totalDocs === 0) {
    await payload.jobs.queue({ input: {} as never, task: task as never, waitUntil: nextRunAfter(now, schedule) })
  }
}
