import { expect, test } from '@playwright/test'

import { nextCountryCode, REAL_ISO3, SEEDED_ISO3, TEST_CODE_RANGE, TEST_CODES } from './helpers/countryCodes'
import { seededContentChanges } from './helpers/seededContent'

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']

/** Every code a generator of the form `<first letter><any letter><any letter>` can draw. */
const everyCodeStartingWith = (first: string) =>
  LETTERS.flatMap((second) => LETTERS.map((third) => `${first}${second}${third}`))

test('should show that the old generators could draw the code of a seeded country', () => {
  // reader-cache and admin-data-entry drew `Q..`, server-processes `X..`, compare `Z..`.
  const seededDraws = ['Q', 'X', 'Z'].flatMap(everyCodeStartingWith).filter((code) => SEEDED_ISO3.has(code))
  expect(seededDraws).toEqual(expect.arrayContaining(['QAT', 'XCA', 'XGS']))
})

test('should never hand out a seeded or real ISO3 code', async () => {
  expect(SEEDED_ISO3.size).toBeGreaterThan(20)
  expect(REAL_ISO3.size).toBeGreaterThan(240)
  expect(TEST_CODES.length).toBeGreaterThan(300)
  const codes: string[] = []
  for (let index = 0; index < 50; index += 1) {
    codes.push(await nextCountryCode({ workerIndex: index % 4 }))
  }
  expect(codes.filter((code) => SEEDED_ISO3.has(code) || REAL_ISO3.has(code))).toEqual([])
  expect(codes.filter((code) => !TEST_CODE_RANGE.test(code))).toEqual([])
  expect(TEST_CODES.filter((code) => SEEDED_ISO3.has(code) || REAL_ISO3.has(code))).toEqual([])
})

test('should never hand out the same code twice in a run', async () => {
  const codes: string[] = []
  for (let index = 0; index < 50; index += 1) {
    codes.push(await nextCountryCode({ workerIndex: index % 3 }))
  }
  expect(new Set(codes).size).toBe(codes.length)
})

test('should skip a code a country in the database already has', async () => {
  const asked: string[] = []
  const code = await nextCountryCode({
    isTaken: async (candidate) => {
      asked.push(candidate)
      return asked.length < 3
    },
  })
  expect(asked).toHaveLength(3)
  expect(code).toBe(asked[2])
})

test('should name each seeded document a run changed or deleted, with the fields', () => {
  const before = {
    'articles/1': { fields: { body: 'a', title: 'b' }, label: 'articles the-axis (id 1)' },
    'countries/2': { fields: { capital: 'c', workflowStatus: 'd' }, label: 'countries KAZ (id 2)' },
    'events/3': { fields: { title: 'e' }, label: 'events summit (id 3)' },
  }
  const after = {
    'articles/1': { fields: { body: 'a', title: 'b' }, label: 'articles the-axis (id 1)' },
    'countries/2': { fields: { capital: 'x', workflowStatus: 'y' }, label: 'countries KAZ (id 2)' },
  }
  expect(seededContentChanges(before, after)).toEqual([
    'countries KAZ (id 2): capital, workflowStatus changed',
    'events summit (id 3): deleted',
  ])
})
