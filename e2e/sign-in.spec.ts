import { expect, test } from './fixtures'

import { CREDENTIALS_FAILED } from '../lib/auth/messages'
import { nextCountryCode } from './helpers/countryCodes'
import { DEMO } from './helpers/login'
import { signInWithSso } from './helpers/ssoSignIn'

const STAFF_LOGIN = 'editor.sso@crossroads.example'
const READER_LOGIN = 'reader.sso@mail.example'
const COMPARISON = '/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume'

test('should sign a staff member in by SSO into the admin with the mapped role, save a draft and log out of both', async ({
  countries,
  page,
}) => {
  const country = await countries.create({ capital: 'Yerevan', name: 'SSO Test Armenia' })
  await page.goto('/sign-in?callbackUrl=/admin')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Crossroads' })).toBeVisible()
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/sign-in.png' })

  await page.goto('/admin/login')
  await expect(page.getByRole('link', { name: 'Sign in with Crossroads SSO' })).toHaveAttribute(
    'href',
    '/sign-in?callbackUrl=%2Fadmin',
  )
  await signInWithSso(page, { callbackUrl: '/admin', login: STAFF_LOGIN })
  await expect(page.getByRole('link', { name: 'Articles' }).first()).toBeVisible()
  const me = await (await page.request.get('/api/users/me')).json()
  expect(me.user).toMatchObject({ _strategy: 'next-auth', email: STAFF_LOGIN, role: 'editor' })

  await page.goto(`/admin/collections/countries/${country.id}`)
  await page.getByLabel('Capital').fill('Yerevan (draft by SSO editor)')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect
    .poll(
      async () => (await (await page.request.get(`/api/countries/${country.id}?draft=true&depth=0`)).json()).capital,
    )
    .toBe('Yerevan (draft by SSO editor)')

  await test.step('log out of the admin, which ends the next-auth session too', async () => {
    await page.goto('/admin/logout')
    await expect(page).toHaveURL(/\/admin\/login/)
    expect((await (await page.request.get('/api/users/me')).json()).user).toBeNull()
    expect(await (await page.request.get('/api/auth/session')).json()).toEqual({})
  })
})

test('should let a reader follow a country, save a comparison, find both on My Crossroads and sign out', async ({
  page,
}) => {
  await signInWithSso(page, { callbackUrl: '/my', login: READER_LOGIN })
  await expect(page.getByRole('heading', { level: 1, name: 'My Crossroads' })).toBeVisible()
  expect((await (await page.request.get('/api/users/me')).json()).user.role).toBe('reader')

  await test.step('follow Kazakhstan from its page', async () => {
    await page.goto('/countries/kazakhstan')
    await page.getByRole('button', { name: 'Follow Kazakhstan' }).click()
    await expect(page.getByRole('button', { name: 'Unfollow Kazakhstan' })).toBeVisible()
  })

  await test.step('save a comparison from its link', async () => {
    await page.getByRole('link', { name: 'My Crossroads' }).click()
    await page.getByText('Save a comparison from a link').click()
    await page.getByLabel('Name').fill('Kazakhstan and Uzbekistan trade')
    await page.getByLabel('Comparison link').fill(`http://127.0.0.1${COMPARISON}&utm_source=newsletter`)
    await page.getByRole('button', { name: 'Save comparison' }).click()
    await expect(page.getByRole('link', { name: 'Kazakhstan and Uzbekistan trade' })).toHaveAttribute(
      'href',
      COMPARISON,
    )
  })

  await test.step('save the comparison on screen from the compare page', async () => {
    await page.goto('/compare?countries=kazakhstan,georgia&indicators=bilateral-trade-volume')
    await page.getByRole('button', { name: 'Save this comparison' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved to My Crossroads' })).toBeVisible()
    await page.getByRole('link', { name: 'My Crossroads' }).first().click()
    await expect(page.getByRole('link', { name: 'Kazakhstan, Georgia: Bilateral trade turnover' })).toHaveAttribute(
      'href',
      '/compare?countries=kazakhstan,georgia&indicators=bilateral-trade-volume',
    )
  })

  const followed = page.getByRole('region', { name: 'Countries you follow' })
  await expect(followed.getByRole('link', { exact: true, name: 'Kazakhstan' })).toBeVisible()
  await expect(
    followed.getByRole('list', { name: 'Latest analysis on Kazakhstan' }).getByRole('link').first(),
  ).toBeVisible()
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/my.png' })

  await test.step('sign out of both sessions', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
    expect(await (await page.request.get('/api/auth/session')).json()).toEqual({})
    expect((await (await page.request.get('/api/users/me')).json()).user).toBeNull()
    await page.goto('/my')
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmy|\/sign-in\?callbackUrl=\/my/)
  })
})

test('should refuse a reader session in the admin and on write APIs', async ({ page }) => {
  await signInWithSso(page, { callbackUrl: '/my', login: READER_LOGIN })
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/unauthorized/)

  const article = (await (await page.request.get('/api/articles?limit=1&depth=0')).json()).docs[0]
  const restUpdate = await page.request.patch(`/api/articles/${article.id}`, {
    data: { title: 'Rewritten by a reader' },
  })
  expect(restUpdate.status()).toBe(403)
  const restCreate = await page.request.post('/api/countries', {
    data: { iso3: await nextCountryCode(), kind: 'state', name: 'Readerland', region: 'other' },
  })
  expect(restCreate.status()).toBe(403)

  const graphql = await page.request.post('/api/graphql', {
    data: { query: `mutation { updateArticle(id: ${article.id}, data: { title: "Rewritten by a reader" }) { id } }` },
  })
  const result = await graphql.json()
  expect(result.errors?.[0]?.message).toMatch(/not allowed/i)
  expect((await (await page.request.get(`/api/articles/${article.id}?depth=0`)).json()).title).toBe(article.title)
})

test('should sign in with email and password, and lock the account after repeated failures with one message', async ({
  page,
  request,
}) => {
  const reader = { email: `password-reader-${Date.now()}@mail.example`, password: 'a-reader-password-1' }
  await request.post('/api/users/login', { data: DEMO.admin })
  const created = await request.post('/api/users', { data: { ...reader, name: 'Password Reader', role: 'reader' } })
  expect(created.ok()).toBe(true)

  const signInWithPassword = async (email: string, password: string) => {
    await page.getByRole('textbox', { name: 'Email' }).fill(email)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await Promise.all([
      page.waitForResponse(/\/api\/auth\/callback\/credentials/),
      page.getByRole('button', { exact: true, name: 'Sign in' }).click(),
    ])
  }

  // Scoped by content: Next's route announcer is an (empty) alert too.
  const signInFailure = page.getByRole('alert').filter({ hasText: /\S/ })

  await page.goto('/sign-in')
  await signInWithPassword(reader.email, reader.password)
  await expect(page.getByRole('heading', { level: 1, name: 'My Crossroads' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()

  await page.goto('/sign-in')
  await signInWithPassword('nobody@mail.example', reader.password)
  await expect(signInFailure).toHaveText(CREDENTIALS_FAILED)
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await signInWithPassword(reader.email, `wrong-password-${attempt}`)
    await expect(signInFailure).toHaveText(CREDENTIALS_FAILED)
  }
  await signInWithPassword(reader.email, reader.password)
  await expect(signInFailure).toHaveText(CREDENTIALS_FAILED)
  expect(await (await page.request.get('/api/auth/session')).json()).toEqual({})
})
