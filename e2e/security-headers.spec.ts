import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import crypto from 'node:crypto'

import { DEMO, loginAs } from './helpers/login'

const ARTICLE = '/articles/ascendant-axis-central-asia-kazakhstan-uzbekistan'
const COMPARISON = '/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume'

/** One address of every kind of response the server sends, and who asks for it. */
/**
 * `script-free`: a reader page for a visitor without a session, sent without scripts
 * (server/scriptFreePages.mjs); `document`: a page with Next.js's scripts, each inline one hashed.
 */
const RESPONSES: {
  kind: 'document' | 'other' | 'script-free'
  name: string
  path: string
  signedInAs?: keyof typeof DEMO
}[] = [
  { kind: 'script-free', name: 'home', path: '/' },
  { kind: 'script-free', name: 'country page (cached)', path: '/countries/kazakhstan' },
  { kind: 'script-free', name: 'article page (cached)', path: ARTICLE },
  { kind: 'script-free', name: 'indicator page (cached)', path: '/indicators/bilateral-trade-volume' },
  { kind: 'script-free', name: 'comparison', path: COMPARISON },
  { kind: 'script-free', name: 'search', path: '/search?q=corridor' },
  {
    kind: 'document',
    name: 'country page for a signed-in visitor',
    path: '/countries/kazakhstan',
    signedInAs: 'analyst',
  },
  { kind: 'document', name: 'comparison for a signed-in visitor', path: COMPARISON, signedInAs: 'editor' },
  { kind: 'document', name: 'sign-in', path: '/sign-in' },
  { kind: 'document', name: 'My Crossroads', path: '/my', signedInAs: 'analyst' },
  { kind: 'document', name: 'not found', path: '/no-such-page' },
  { kind: 'document', name: 'admin login', path: '/admin/login' },
  { kind: 'document', name: 'admin collection list', path: '/admin/collections/articles', signedInAs: 'editor' },
  { kind: 'document', name: 'admin review queue', path: '/admin/review', signedInAs: 'editor' },
  { kind: 'other', name: 'RSS feed', path: '/feed.xml' },
  { kind: 'other', name: 'sitemap', path: '/sitemap.xml' },
  { kind: 'other', name: 'comparison CSV download', path: COMPARISON.replace('/compare', '/compare/data.csv') },
  { kind: 'other', name: 'comparison JSON download', path: COMPARISON.replace('/compare', '/compare/data.json') },
  { kind: 'other', name: 'REST API', path: '/api/countries?limit=1' },
  { kind: 'other', name: 'GraphQL API', path: '/api/graphql?query=%7Bmeta%3A__typename%7D' },
  { kind: 'other', name: 'next-auth session', path: '/api/auth/session' },
  { kind: 'other', name: 'observations export', path: '/api/export/observations?format=csv', signedInAs: 'analyst' },
  { kind: 'other', name: 'page data for client navigation', path: ARTICLE },
]

const EVERY_RESPONSE = {
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
}

/** Directive name → its sources. */
const parsePolicy = (header: string | undefined): Map<string, string[]> =>
  new Map(
    (header ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => Boolean(name))
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  )

/** Inline scripts a browser would run: no `src`, and a JavaScript type or none. */
const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
    .filter(([, attributes = '']) => {
      const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]
      return !type || /^(text|application)\/javascript$|^module$/i.test(type)
    })
    .map(([, , content = '']) => content)

const sha256 = (text: string) => crypto.createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('base64')

const requestFor = async (page: Page, role: keyof typeof DEMO | undefined): Promise<APIRequestContext> => {
  if (role) {
    await loginAs(page, role)
  }
  return page.request
}

/** Records every Content-Security-Policy violation the page reports, in the page and on the console. */
const watchPolicyViolations = async (page: Page) => {
  const reported: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      reported.push(message.text())
    }
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = window as unknown as { __cspViolations?: string[] }
      record.__cspViolations = [...(record.__cspViolations ?? []), `${event.effectiveDirective} ${event.blockedURI}`]
    })
  })
  return async () => [
    ...reported,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ]
}

test.describe('security headers', () => {
  for (const { kind, name, path, signedInAs } of RESPONSES) {
    test(`should send nosniff, no framing, a referrer policy and a CSP with the ${name}`, async ({ page }) => {
      const request = await requestFor(page, signedInAs)
      const isClientNavigation = name === 'page data for client navigation'
      const response = await request.get(path, {
        headers: isClientNavigation ? { rsc: '1' } : {},
        maxRedirects: 0,
      })
      expect(response.status(), `${path} answered`).toBeLessThan(500)
      const headers = response.headers()
      for (const [header, value] of Object.entries(EVERY_RESPONSE)) {
        expect(headers[header], header).toBe(value)
      }
      const policy = parsePolicy(headers['content-security-policy'])
      expect(policy.get('frame-ancestors')).toEqual(["'none'"])
      expect(policy.get('base-uri')?.[0]).toBe("'none'")
      if (kind === 'other') {
        expect(policy.get('default-src')).toEqual(["'none'"])
        return
      }
      expect(headers['content-type']).toMatch(/^text\/html/)
      const scriptSources = policy.get('script-src') ?? []
      expect(scriptSources).not.toContain("'unsafe-inline'")
      expect(scriptSources).not.toContain("'unsafe-eval'")
      expect(policy.get('object-src')).toEqual(["'none'"])
      const allowed = new Set(scriptSources.filter((source) => source.startsWith("'sha256-")))
      const html = await response.text()
      const scripts = inlineScripts(html)
      if (kind === 'script-free') {
        expect(scripts).toEqual([])
        expect([...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src)).toEqual(['/reader.js'])
        return
      }
      expect(scripts.length).toBeGreaterThan(0)
      expect(scripts.filter((script) => !allowed.has(`'sha256-${sha256(script)}'`))).toEqual([])
    })
  }

  test('should send the policy with an uploaded file, which runs nothing on its own', async ({ page }) => {
    const media = (await (await page.request.get('/api/media?limit=1&depth=0')).json()).docs[0]
    const response = await page.request.get(media.url)
    expect(response.status()).toBe(200)
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect(response.headers()['x-frame-options']).toBe('DENY')
    expect(parsePolicy(response.headers()['content-security-policy']).get('default-src')).toEqual(["'none'"])
  })

  test('should allow no inline script that Next.js did not write, even one in the page itself', async ({ page }) => {
    // A page's JSON-LD is the one script element rendered from content: it is data, never run, and
    // must not be listed.
    const response = await page.request.get(ARTICLE)
    const html = await response.text()
    const jsonLd = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1]
    expect(jsonLd).toBeTruthy()
    expect(response.headers()['content-security-policy']).not.toContain(sha256(jsonLd!))
  })
})

test.describe('the site under its Content-Security-Policy in Chromium', () => {
  for (const path of [
    '/',
    '/countries/kazakhstan',
    ARTICLE,
    '/indicators/bilateral-trade-volume',
    '/search?q=corridor',
    '/sign-in',
    '/no-such-page',
  ]) {
    test(`should hydrate ${path} with no policy violation`, async ({ page }) => {
      const violations = await watchPolicyViolations(page)
      await page.goto(path)
      // The account menu is a client component: its link appears only once React has hydrated.
      await expect(page.getByRole('link', { exact: true, name: 'Sign in' }).first()).toBeVisible()
      expect(await violations()).toEqual([])
    })
  }

  test('should let the comparison picker push a new address with no policy violation', async ({ page }) => {
    const violations = await watchPolicyViolations(page)
    await page.goto('/compare?countries=kazakhstan')
    await page.getByRole('checkbox', { exact: true, name: 'Uzbekistan' }).check()
    await expect(page).toHaveURL(/\/compare\?countries=kazakhstan,uzbekistan$/)
    await page.screenshot({ fullPage: false, path: 'test-results/screenshots/security-csp-compare.png' })
    expect(await violations()).toEqual([])
  })

  test('should log into the admin through its own form with no policy violation', async ({ page }) => {
    const violations = await watchPolicyViolations(page)
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(DEMO.editor.email)
    await page.getByLabel('Password').fill(DEMO.editor.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin$/)
    await expect(page.getByRole('region', { name: /Waiting for review/ })).toBeVisible()
    expect(await violations()).toEqual([])
  })

  test('should list a collection and open the review queue in the admin with no policy violation', async ({ page }) => {
    const violations = await watchPolicyViolations(page)
    await loginAs(page, 'editor')
    await page.goto('/admin/collections/articles')
    await expect(page.getByRole('link', { name: /Ascendant Axis/ }).first()).toBeVisible()
    await page.goto('/admin/review')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await violations()).toEqual([])
  })

  test('should let the article editor take typing with no policy violation', async ({ page }) => {
    const violations = await watchPolicyViolations(page)
    await loginAs(page, 'analyst')
    // The create view is the edit view without a document: nothing is saved by this test.
    await page.goto('/admin/collections/articles/create')
    await page.getByLabel('Title').fill('Typed under the policy')
    const body = page.getByRole('textbox', { name: 'Body' })
    await body.click()
    await page.keyboard.type('The editor runs under the Content-Security-Policy.')
    await expect(body).toContainText('The editor runs under the Content-Security-Policy.')
    await page.screenshot({ fullPage: false, path: 'test-results/screenshots/security-csp-admin-edit.png' })
    expect(await violations()).toEqual([])
  })
})
