import { describe, expect, it } from 'vitest'

import { nextRunAfter } from './recurring'

describe('nextRunAfter', () => {
  it('should give the same day’s run while it is still ahead, else the next day’s', () => {
    expect(nextRunAfter(new Date('2026-12-05T05:59:00Z'), { everyHours: 24, hourUtc: 6 }).toISOString()).toBe(
      '2026-12-05T06:00:00.000Z',
    )
    expect(nextRunAfter(new Date('2026-12-05T06:00:00Z'), { everyHours: 24, hourUtc: 6 }).toISOString()).toBe(
      '2026-12-06T06:00:00.000Z',
    )
    expect(nextRunAfter(new Date('2026-12-31T22:00:00Z'), { everyHours: 24, hourUtc: 7 }).toISOString()).toBe(
      '2027-01-01T07:00:00.000Z',
    )
  })

  it('should give the next full hour for an hourly run', () => {
    expect(nextRunAfter(new Date('2026-12-05T21:14:30Z'), { everyHours: 1 }).toISOString()).toBe(
      '2026-12-05T22:00:00.000Z',
    )
    expect(nextRunAfter(new Date('2026-12-05T23:59:59Z'), { everyHours: 1 }).toISOString()).toBe(
      '2026-12-06T00:00:00.000Z',
    )
  })
})
