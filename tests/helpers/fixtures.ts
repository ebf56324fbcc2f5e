import type { Payload } from 'payload'

import type { Country, Indicator, User } from '@/payload-types'

let counter = 0

const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

const letters = (n: number) =>
  Array.from({ length: n }, (_, index) => String.fromCharCode(65 + ((Date.now() + counter * 7 + index * 3) % 26))).join(
    '',
  )

/** A published country with unique name and codes. */
export const createCountry = async (payload: Payload, data: Partial<Country> = {}): Promise<Country> => {
  let iso3 = data.iso3
  while (!iso3) {
    const candidate = `Q${letters(2)}`
    const { totalDocs } = await payload.count({ collection: 'countries', where: { iso3: { equals: candidate } } })
    if (totalDocs === 0) {
      iso3 = candidate
    }
    counter++
  }
  return payload.create({
    collection: 'countries',
    data: { _status: 'published', kind: 'state', name: `Testland ${unique()}`, region: 'central-asia', ...data, iso3 },
  })
}

/** A published indicator (country kind unless told otherwise). */
export const createIndicator = async (payload: Payload, data: Partial<Indicator> = {}): Promise<Indicator> =>
  payload.create({
    collection: 'indicators',
    data: {
      _status: 'published',
      category: 'trade',
      decimals: 1,
      description: 'Test indicator',
      kind: 'country',
      name: `Test indicator ${unique()}`,
      scale: '1',
      unit: 'USD',
      ...data,
    },
  })

export const createUser = async (payload: Payload, role: 'admin' | 'analyst' | 'editor'): Promise<User> =>
  payload.create({
    collection: 'users',
    data: {
      email: `${role}-${unique()}@crossroads.example`,
      name: `${role} ${unique()}`,
      password: 'test-password-1',
      role,
    },
  })
