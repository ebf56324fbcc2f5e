import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { createUser } from '@/tests/helpers/fixtures'
import { whereSupported } from '@/tests/helpers/support'

import { graphqlCall, restCall, type TimedResponse } from './accountsApi'

/**
 * A failed sign-in says nothing about the account: an unknown email, a wrong password and a locked
 * account get the same status, the same body and (at least 700 ms) the same time, over REST and
 * GraphQL alike; and "forgot password" answers an unknown address as it answers a known one.
 */

const PASSWORD = 'test-password-1'
const LOGIN = `mutation Login($email: String!, $password: String!) {
  loginUser(email: $email, password: $password) { token }
}`
const FORGOT = 'mutation Forgot($email: String!) { forgotPasswordUser(email: $email) }'

let payload: Payload
let addressCount = 0
const hopsBefore = process.env.TRUSTED_PROXY_HOPS

/** A client address of its own (RFC 5737), so failures never add up to the per-address limit. */
const fromNewAddress = () => ({ 'x-forwarded-for': `198.51.100.${++addressCount}` })

const lockedUser = async (): Promise<User> => {
  const user = await createUser(payload, 'analyst')
  await payload.db.updateOne({
    collection: 'users',
    data: { lockUntil: new Date(Date.now() + 10 * 60 * 1000).toISOString(), loginAttempts: 5 },
    id: user.id,
    returning: false,
  })
  return user
}

const restLogin = (email: string, password: string) =>
  restCall({ body: { email, password }, headers: fromNewAddress(), path: '/users/login' })

const graphqlLogin = (email: string, password: string) =>
  graphqlCall({ headers: fromNewAddress(), query: LOGIN, variables: { email, password } })

const expectAlike = (answers: Record<string, TimedResponse>) => {
  const [first, ...others] = Object.values(answers)
  for (const [label, answer] of Object.entries(answers)) {
    expect(answer.status, label).toBe(first.status)
    expect(answer.body, label).toEqual(first.body)
    expect(answer.elapsed, `${label} took ${answer.elapsed} ms`).toBeGreaterThanOrEqual(690)
    expect(answer.elapsed, `${label} took ${answer.elapsed} ms`).toBeLessThan(3000)
  }
  return { first, others }
}

beforeAll(async () => {
  // Behind one proxy, so that each request can stand for a client address of its own.
  process.env.TRUSTED_PROXY_HOPS = '1'
  payload = await getPayload({ config })
  await createUser(payload, 'admin')
})

afterAll(async () => {
  process.env.TRUSTED_PROXY_HOPS = hopsBefore
  await payload.destroy()
})

describe('failed sign-ins', () => {
  it('should answer an unknown email, a wrong password and a locked account alike over REST', async () => {
    const user = await createUser(payload, 'editor')
    const locked = await lockedUser()
    const { first } = expectAlike({
      'locked account, right password': await restLogin(locked.email, PASSWORD),
      'locked account, wrong password': await restLogin(locked.email, 'wrong-password'),
      'unknown email': await restLogin('nobody@crossroads.example', 'wrong-password'),
      'wrong password': await restLogin(user.email, 'wrong-password'),
    })
    expect(first.status).toBe(401)
    expect((await restLogin(user.email, PASSWORD)).status).toBe(200)
  })

  it('should answer an unknown email, a wrong password and a locked account alike over GraphQL', async () => {
    const user = await createUser(payload, 'editor')
    const locked = await lockedUser()
    const { first } = expectAlike({
      'locked account, right password': await graphqlLogin(locked.email, PASSWORD),
      'unknown email': await graphqlLogin('nobody@crossroads.example', 'wrong-password'),
      'wrong password': await graphqlLogin(user.email, 'wrong-password'),
    })
    expect(JSON.stringify(first.body)).toContain('The email or password provided is incorrect.')
    expect((await graphqlLogin(user.email, PASSWORD)).body).toMatchObject({
      data: { loginUser: { token: expect.any(String) } },
    })
  })

  whereSupported('loginAttemptCounting')(
    'should lock an account after five wrong passwords and still answer as for an unknown email',
    async () => {
      const user = await createUser(payload, 'analyst')
      const answers: Record<string, TimedResponse> = {
        'unknown email': await restLogin('nobody@crossroads.example', 'wrong-password'),
      }
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        answers[`wrong password ${attempt}`] = await restLogin(user.email, 'wrong-password')
      }
      answers['right password once locked'] = await restLogin(user.email, PASSWORD)
      expectAlike(answers)
      const stored = await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } } })
      expect(new Date(stored?.lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now())
    },
  )
})

describe('forgot password', () => {
  it('should answer an unknown address as it answers an existing one, over REST and GraphQL', async () => {
    const user = await createUser(payload, 'editor')
    const other = await createUser(payload, 'editor')
    const rest = (email: string) => restCall({ body: { email }, path: '/users/forgot-password' })
    const graphql = (email: string) => graphqlCall({ query: FORGOT, variables: { email } })
    expectAlike({
      'existing address': await rest(user.email),
      'unknown address': await rest('nobody@crossroads.example'),
    })
    expectAlike({
      'existing address': await graphql(other.email),
      'unknown address': await graphql('nobody@crossroads.example'),
    })
    const stored = await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } } })
    expect(stored?.resetPasswordToken).toEqual(expect.any(String))
  })
})
