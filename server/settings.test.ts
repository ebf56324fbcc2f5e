import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { SettingName } from './settings.mjs'

import { readSetting, SETTINGS, settingProblems } from './settings.mjs'

/** `name` read from an environment holding only `value` (and `extra`). */
const read = <Name extends SettingName>(name: Name, value: string | undefined, extra: Record<string, string> = {}) =>
  readSetting(name, { ...extra, [name]: value })

describe('readSetting', () => {
  it.each([
    ['300', 300],
    ['0', 0],
    ['90s', 90],
    ['5m', 300],
    ['1h', 3600],
    [' 2M ', 120],
  ])('should read SHARED_PAGE_CACHE_TTL=%s as %i seconds', (value, seconds) => {
    expect(read('SHARED_PAGE_CACHE_TTL', value)).toBe(seconds)
  })

  it('should keep pages at most 300 seconds when SHARED_PAGE_CACHE_TTL is unset or empty', () => {
    expect(read('SHARED_PAGE_CACHE_TTL', undefined)).toBe(300)
    expect(read('SHARED_PAGE_CACHE_TTL', '')).toBe(300)
  })

  it.each(['forever', '5 minutes', '1.5', '-1', '5d', '1e3', '400000000'])(
    'should refuse SHARED_PAGE_CACHE_TTL=%s with an example of a good value',
    (value) => {
      expect(() => read('SHARED_PAGE_CACHE_TTL', value)).toThrow(
        `SHARED_PAGE_CACHE_TTL=${value} is not a duration of 0 seconds to a year`,
      )
      expect(() => read('SHARED_PAGE_CACHE_TTL', value)).toThrow('For example: SHARED_PAGE_CACHE_TTL=300 (or 5m)')
    },
  )

  it('should read SHARED_PAGE_CACHE_MB as megabytes, 0 turning the cache off, 64 when unset', () => {
    expect(read('SHARED_PAGE_CACHE_MB', '128')).toBe(128)
    expect(read('SHARED_PAGE_CACHE_MB', '0.5')).toBe(0.5)
    expect(read('SHARED_PAGE_CACHE_MB', '0')).toBe(0)
    expect(read('SHARED_PAGE_CACHE_MB', undefined)).toBe(64)
  })

  it.each(['lots', '64MB', '-1', '65537', '1e2'])('should refuse SHARED_PAGE_CACHE_MB=%s', (value) => {
    expect(() => read('SHARED_PAGE_CACHE_MB', value)).toThrow(
      `SHARED_PAGE_CACHE_MB=${value} is not a number of megabytes from 0 (off) to 65536`,
    )
  })

  it('should read whole numbers within their ranges for PORT, WEB_CONCURRENCY and TRUSTED_PROXY_HOPS', () => {
    expect(read('PORT', undefined)).toBe(3000)
    expect(read('PORT', '8080')).toBe(8080)
    expect(read('PORT', '0')).toBe(0)
    expect(read('WEB_CONCURRENCY', '4')).toBe(4)
    expect(read('TRUSTED_PROXY_HOPS', undefined)).toBe(0)
    expect(read('TRUSTED_PROXY_HOPS', '1')).toBe(1)
    expect(() => read('PORT', '65536')).toThrow('PORT=65536 is not a port number from 0 to 65535')
    expect(() => read('PORT', 'http')).toThrow('PORT=http is not a port number')
    expect(() => read('WEB_CONCURRENCY', '0')).toThrow('WEB_CONCURRENCY=0 is not a whole number')
    expect(() => read('TRUSTED_PROXY_HOPS', '11')).toThrow('TRUSTED_PROXY_HOPS=11 is not a whole number')
  })

  it('should read HOSTNAME as a host name or address, 0.0.0.0 when unset', () => {
    expect(read('HOSTNAME', undefined)).toBe('0.0.0.0')
    expect(read('HOSTNAME', '127.0.0.1')).toBe('127.0.0.1')
    expect(read('HOSTNAME', '::1')).toBe('::1')
    expect(read('HOSTNAME', 'web-1.internal')).toBe('web-1.internal')
    expect(() => read('HOSTNAME', 'http://example.org/')).toThrow('HOSTNAME=http://example.org/ is not a host name')
  })

  it('should read JOBS_AUTORUN, NEXT_COMPRESS and SMTP_SECURE as yes or no, refusing anything else', () => {
    expect(read('JOBS_AUTORUN', undefined)).toBe(true)
    expect(read('JOBS_AUTORUN', 'false')).toBe(false)
    expect(read('JOBS_AUTORUN', 'TRUE')).toBe(true)
    expect(read('JOBS_AUTORUN', '0')).toBe(false)
    expect(read('NEXT_COMPRESS', undefined)).toBe(true)
    expect(read('NEXT_COMPRESS', 'off')).toBe(false)
    expect(read('SMTP_SECURE', undefined)).toBeUndefined()
    expect(read('SMTP_SECURE', 'yes')).toBe(true)
    expect(() => read('JOBS_AUTORUN', 'never')).toThrow('JOBS_AUTORUN=never is not one of true, 1, yes, on')
    expect(() => read('NEXT_COMPRESS', 'gzip')).toThrow('NEXT_COMPRESS=gzip is not one of')
    expect(() => read('SMTP_SECURE', 'tls')).toThrow('SMTP_SECURE=tls is not one of')
  })

  it('should read JOBS_AUTORUN_CRON as Payload runs it, five fields or six with seconds', () => {
    expect(read('JOBS_AUTORUN_CRON', undefined)).toBe('* * * * *')
    expect(read('JOBS_AUTORUN_CRON', '*/2 * * * * *')).toBe('*/2 * * * * *')
    expect(read('JOBS_AUTORUN_CRON', '0 6 * * 1-5')).toBe('0 6 * * 1-5')
    expect(() => read('JOBS_AUTORUN_CRON', '5m')).toThrow('JOBS_AUTORUN_CRON=5m is not a cron expression')
    expect(() => read('JOBS_AUTORUN_CRON', '61 * * * *')).toThrow('JOBS_AUTORUN_CRON=61 * * * * is not a cron')
  })

  it('should read FOUR_EYES as on or off only', () => {
    expect(read('FOUR_EYES', undefined)).toBe(true)
    expect(read('FOUR_EYES', 'OFF')).toBe(false)
    expect(() => read('FOUR_EYES', 'false')).toThrow('FOUR_EYES=false is not valid: use "on" (the default) or "off"')
  })

  it('should read SITE_URL, NEXTAUTH_URL and OIDC_ISSUER as absolute web addresses', () => {
    expect(read('SITE_URL', undefined)).toBeUndefined()
    expect(read('SITE_URL', 'https://crossroads.example')?.origin).toBe('https://crossroads.example')
    expect(read('NEXTAUTH_URL', 'http://localhost:3000/')?.origin).toBe('http://localhost:3000')
    expect(read('OIDC_ISSUER', 'https://sso.example.org/realms/x/')).toBe('https://sso.example.org/realms/x')
    expect(() => read('SITE_URL', 'crossroads.example')).toThrow('SITE_URL=crossroads.example is not an absolute')
    expect(() => read('NEXTAUTH_URL', 'ftp://x.example')).toThrow('NEXTAUTH_URL=ftp://x.example is not an absolute')
    expect(() => read('OIDC_ISSUER', 'sso')).toThrow('OIDC_ISSUER=sso is not an absolute')
  })

  it('should read DATABASE_URI as a SQLite file or a MongoDB address, never repeating it in a message', () => {
    expect(read('DATABASE_URI', undefined)).toBe('file:./data/dev.db')
    expect(read('DATABASE_URI', undefined, { NODE_ENV: 'production' })).toBe('file:./data/crossroads.db')
    expect(read('DATABASE_URI', 'mongodb+srv://u:p@db.example/x')).toBe('mongodb+srv://u:p@db.example/x')
    expect(() => read('DATABASE_URI', 'postgres://u:hunter2@db/x')).toThrow(/^DATABASE_URI is not a file: path/)
    expect(() => read('DATABASE_URI', 'postgres://u:hunter2@db/x')).not.toThrow(/hunter2/)
  })

  it('should read REDIS_URL as a redis:// or rediss:// address, unset meaning one machine', () => {
    expect(read('REDIS_URL', undefined)).toBeUndefined()
    expect(read('REDIS_URL', ' redis://127.0.0.1:6379 ')).toBe('redis://127.0.0.1:6379')
    expect(read('REDIS_URL', 'rediss://:secret@cache.example:6380/1')).toBe('rediss://:secret@cache.example:6380/1')
    for (const value of ['127.0.0.1:6379', 'http://cache.example', 'redis://']) {
      expect(() => read('REDIS_URL', value)).toThrow('REDIS_URL is not a redis:// or rediss:// address')
    }
    // It may carry a password: never repeated in a message.
    expect(() => read('REDIS_URL', 'redis//:hunter2@cache')).not.toThrow('hunter2')
  })

  it('should read MONGODB_COMPATIBILITY as one of the presets', () => {
    expect(read('MONGODB_COMPATIBILITY', undefined)).toBe('mongodb')
    expect(read('MONGODB_COMPATIBILITY', 'FerretDB')).toBe('ferretdb')
    expect(() => read('MONGODB_COMPATIBILITY', 'couchdb')).toThrow('MONGODB_COMPATIBILITY=couchdb is not one of')
  })

  it('should require PAYLOAD_SECRET in production only', () => {
    expect(read('PAYLOAD_SECRET', undefined)).toBe('crossroads-development-secret-not-for-production')
    expect(read('PAYLOAD_SECRET', 's3cret', { NODE_ENV: 'production' })).toBe('s3cret')
    expect(() => read('PAYLOAD_SECRET', ' ', { NODE_ENV: 'production' })).toThrow(
      'PAYLOAD_SECRET must be set in production',
    )
  })

  it('should keep the other secrets and plain texts as given, trimmed, and unset when empty', () => {
    expect(read('CRON_SECRET', ' abc ')).toBe('abc')
    expect(read('CRON_SECRET', '')).toBeUndefined()
    expect(read('NEXTAUTH_SECRET', undefined)).toBeUndefined()
    expect(read('OIDC_CLIENT_ID', 'crossroads')).toBe('crossroads')
    expect(read('OIDC_CLIENT_SECRET', undefined)).toBeUndefined()
    expect(read('OIDC_DISPLAY_NAME', undefined)).toBe('single sign-on')
    expect(read('OIDC_SCOPE', undefined)).toBe('openid email profile')
    expect(read('OIDC_ROLE_CLAIM', undefined)).toBe('groups')
    expect(read('MEDIA_DIR', '/srv/media')).toBe('/srv/media')
    expect(read('SMTP_USER', 'newsroom')).toBe('newsroom')
    expect(read('SMTP_PASSWORD', undefined)).toBeUndefined()
  })

  it('should read the OIDC role maps, refusing an unknown role', () => {
    expect(read('OIDC_ROLE_MAP', 'cms-editors:editor')).toEqual({ 'cms-editors': 'editor' })
    expect(read('OIDC_EMAIL_DOMAIN_ROLES', undefined)).toEqual({})
    expect(() => read('OIDC_ROLE_MAP', 'staff:superuser')).toThrow(
      'OIDC_ROLE_MAP=staff:superuser has "staff:superuser", which is not "value:role"',
    )
    expect(() => read('OIDC_EMAIL_DOMAIN_ROLES', 'example.org')).toThrow('OIDC_EMAIL_DOMAIN_ROLES=example.org has')
  })

  it('should read the mail settings: an smtp address, a host, a port and a sender', () => {
    expect(read('SMTP_URL', 'smtp://mail.example:25')).toBe('smtp://mail.example:25')
    expect(read('SMTP_HOST', 'smtp.example.org')).toBe('smtp.example.org')
    expect(read('SMTP_PORT', '465')).toBe(465)
    expect(read('MAIL_FROM', 'news@crossroads.example')).toBe('news@crossroads.example')
    expect(read('MAIL_FROM', undefined)).toBe('Crossroads <newsroom@crossroads.example>')
    expect(() => read('SMTP_URL', 'mail.example')).toThrow('SMTP_URL must start with smtp:// or smtps://')
    expect(() => read('SMTP_HOST', 'smtp://mail.example')).toThrow('SMTP_HOST=smtp://mail.example is not a host')
    expect(() => read('SMTP_PORT', '0')).toThrow('SMTP_PORT=0 is not a port number')
    expect(() => read('MAIL_FROM', 'newsroom')).toThrow('MAIL_FROM=newsroom is not an email address')
  })
})

describe('settingProblems', () => {
  it('should find nothing wrong with an empty environment outside production', () => {
    expect(settingProblems({})).toEqual([])
  })

  it('should name every bad setting at once, each with an example, in the order of SETTINGS', () => {
    const problems = settingProblems({
      JOBS_AUTORUN_CRON: 'hourly',
      NODE_ENV: 'production',
      SHARED_PAGE_CACHE_MB: 'lots',
      SHARED_PAGE_CACHE_TTL: '5 min',
    })
    expect(problems.map((problem) => problem.split(/[ =]/)[0])).toEqual([
      'JOBS_AUTORUN_CRON',
      'PAYLOAD_SECRET',
      'SHARED_PAGE_CACHE_MB',
      'SHARED_PAGE_CACHE_TTL',
    ])
    expect(problems.every((problem) => problem.includes('For example: '))).toBe(true)
  })

  it('should describe and give an example for every setting', () => {
    for (const [name, setting] of Object.entries(SETTINGS)) {
      expect(setting.meaning, name).not.toBe('')
      expect(setting.example, name).not.toBe('')
    }
  })
})

describe('server/index.mjs', () => {
  it('should stop before loading Next.js, naming every bad setting, when settings are wrong', () => {
    const run = spawnSync(process.execPath, [path.resolve('server/index.mjs'), '-p', '0'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PAYLOAD_SECRET: 'test-secret',
        SHARED_PAGE_CACHE_MB: 'lots',
        SHARED_PAGE_CACHE_TTL: 'forever',
        SITE_URL: 'crossroads.example',
      },
      timeout: 20_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Crossroads cannot start: 3 settings are wrong.')
    expect(run.stderr).toContain('- SHARED_PAGE_CACHE_MB=lots is not a number of megabytes from 0 (off) to 65536.')
    expect(run.stderr).toContain('- SHARED_PAGE_CACHE_TTL=forever is not a duration')
    expect(run.stderr).toContain('- SITE_URL=crossroads.example is not an absolute http:// or https:// address.')
    expect(run.stderr).not.toMatch(/production build|\.next/)
  })

  it('should refuse a bad -p as PORT', () => {
    const run = spawnSync(process.execPath, [path.resolve('server/index.mjs'), '-p', 'eighty'], {
      encoding: 'utf8',
      env: { ...process.env, PAYLOAD_SECRET: 'test-secret' },
      timeout: 20_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('PORT=eighty is not a port number from 0 to 65535.')
  })
})
