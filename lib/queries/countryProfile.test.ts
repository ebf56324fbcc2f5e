import { describe, expect, it } from 'vitest'

import type { Observation } from '@/payload-types'

import { withDraftObservation } from './countryProfile'

const observation = (id: number, end: string, value: number) =>
  ({ id, period: { end }, value }) as unknown as Observation

describe('withDraftObservation', () => {
  it('should put the draft in place of its published version, newest period first', () => {
    const published = [observation(2, '2022-12-31', 10), observation(1, '2021-12-31', 9)]
    expect(
      withDraftObservation(published, observation(1, '2021-12-31', 9e6)).map((doc) => [doc.id, doc.value]),
    ).toEqual([
      [2, 10],
      [1, 9e6],
    ])
  })

  it('should add a figure never published at its period', () => {
    const published = [observation(2, '2022-12-31', 10), observation(1, '2020-12-31', 9)]
    expect(withDraftObservation(published, observation(3, '2021-12-31', 5)).map((doc) => doc.id)).toEqual([2, 3, 1])
  })
})
