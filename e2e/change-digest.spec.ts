import { expect, test } from './fixtures'
import { signInWithSso } from './helpers/ssoSignIn'
import { changePublished } from './helpers/workflow'

/** A reader of its own: the digest row is one per person, and other specs use the shared SSO reader. */
const READER_LOGIN = 'digest.reader@mail.example'
const INDICATOR = 'power-plant-capacity'

test('should tell a reader who follows a country of an approved revision in their private feed, old → new', async ({
  countries,
  editor,
  observations,
  page,
  playwright,
  secondEditor,
}) => {
  const country = await countries.create({ name: 'Digestland' })
  const figure = await observations.create({ country: country.id, indicator: INDICATOR, value: 1200, year: 2023 })

  await signInWithSso(page, { callbackUrl: country.path, login: READER_LOGIN })
  await page.getByRole('button', { name: `Follow ${country.name}` }).click()
  await expect(page.getByRole('button', { name: `Unfollow ${country.name}` })).toBeVisible()

  const section = page.getByRole('region', { name: 'Changes to what you follow' })
  await test.step('turn the daily mail on, which also makes the private feed', async () => {
    await page.goto('/my')
    await section.getByLabel('Email me a daily digest').check()
    await section.getByRole('button', { name: 'Save' }).click()
    await expect(section.getByLabel(/Paste this address into your feed reader/)).toHaveValue(
      /\/feeds\/changes\/[A-Za-z0-9_-]{32}\.xml$/,
    )
    await page.reload()
    await expect(section.getByLabel('Email me a daily digest')).toBeChecked()
  })
  const feedUrl = await section.getByLabel(/Paste this address into your feed reader/).inputValue()
  const feedPath = new URL(feedUrl).pathname

  await changePublished({
    author: editor,
    collection: 'observations',
    data: { value: 1350 },
    id: figure.id,
    publisher: secondEditor,
  })

  // A feed reader sends no cookies: the address alone opens the feed.
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin })
  await test.step('the feed names the revision with its old and new value and its source', async () => {
    const response = await anonymous.get(feedPath)
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toBe('private, no-store')
    const rss = await response.text()
    expect(rss).toContain(`Revised: ${country.name}: `)
    expect(rss).toMatch(/1,200[^<]*→[^<]*1,350/)
    expect(rss).toContain(`You follow ${country.name}`)
    expect(rss).not.toContain(READER_LOGIN)
  })

  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/my-digest.png' })

  await test.step('a new address replaces the old one, which stops working', async () => {
    await section.getByRole('button', { name: /Replace the address/ }).click()
    await expect(section.getByLabel(/Paste this address into your feed reader/)).not.toHaveValue(feedUrl)
    expect((await anonymous.get(feedPath)).status()).toBe(404)
    const renewed = await section.getByLabel(/Paste this address into your feed reader/).inputValue()
    expect((await anonymous.get(new URL(renewed).pathname)).status()).toBe(200)
  })

  await page.goto(country.path)
  await page.getByRole('button', { name: `Unfollow ${country.name}` }).click()
  await expect(page.getByRole('button', { name: `Follow ${country.name}` })).toBeVisible()
  await anonymous.dispose()
})
