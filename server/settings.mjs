// @ts-check
import { Cron } from 'croner'

/**
 * Every environment setting the production server and the app read: its name, what it means, how
 * its text is read and what an unset one means. `server/index.mjs` checks them all before it starts
 * anything (`settingProblems`); the app's modules read theirs through `readSetting`, so a value
 * means the same everywhere. Plain JavaScript without Node built-ins: `server/index.mjs` runs it
 * with Node alone, and modules Next.js bundles import it too.
 */

/** @typedef {Record<string, string | undefined>} Env */

/**
 * @template T
 * @typedef {{
 *   example: string
 *   isSecret?: boolean
 *   meaning: string
 *   parse: (text: string, env: Env) => T
 *   unset: (env: Env) => T
 * }} Setting
 *   `parse` gets the trimmed, non-empty text and throws an Error whose message says what is wrong
 *   ("is not …"); `unset` gives the value of an unset or empty setting (or throws when it is
 *   required). A secret setting's value is never repeated in a message.
 */

/**
 * @template T
 * @param {Setting<T>} setting
 * @returns {Setting<T>}
 */
const setting = (setting) => setting

/** @template T @param {T} value @returns {(env: Env) => T} */
const always = (value) => () => value

/** @param {string} text @returns {string} */
const asText = (text) => text

/**
 * A whole number from `min` to `max`, digits only.
 * @param {{ max: number; min: number; what: string }} options
 * @returns {(text: string) => number}
 */
export const wholeNumber =
  ({ max, min, what }) =>
  (text) => {
    const number = /^\d+$/.test(text) ? Number(text) : Number.NaN
    if (!(number >= min && number <= max)) {
      throw new Error(`is not a whole number of ${what} from ${min} to ${max}`)
    }
    return number
  }

/**
 * A TCP port from `min` to 65535.
 * @param {number} min
 * @returns {(text: string) => number}
 */
const portNumber = (min) => {
  const read = wholeNumber({ max: 65_535, min, what: 'ports' })
  return (text) => {
    try {
      return read(text)
    } catch {
      throw new Error(`is not a port number from ${min} to 65535`)
    }
  }
}

const TRUE_WORDS = ['true', '1', 'yes', 'on']
const FALSE_WORDS = ['false', '0', 'no', 'off']

/** `true`, `1`, `yes` or `on`; `false`, `0`, `no` or `off` (any case). @param {string} text @returns {boolean} */
export const parseBoolean = (text) => {
  const word = text.toLowerCase()
  if (TRUE_WORDS.includes(word)) {
    return true
  }
  if (FALSE_WORDS.includes(word)) {
    return false
  }
  throw new Error(`is not one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}`)
}

const DURATION_UNITS = /** @type {const} */ ({ h: 3600, m: 60, s: 1 })
export const MAX_DURATION_SECONDS = 365 * 24 * 3600

/**
 * Seconds, written as a whole number (`300`) or with a unit: `300s`, `5m`, `1h`. Anything else is
 * refused rather than read as something else.
 * @param {string} text
 * @returns {number}
 */
export const parseDurationSeconds = (text) => {
  const match = /^(\d+)\s*([smh]?)$/i.exec(text)
  const unit = /** @type {keyof typeof DURATION_UNITS | ''} */ ((match?.[2] ?? '').toLowerCase())
  const seconds = match ? Number(match[1]) * (unit ? DURATION_UNITS[unit] : 1) : Number.NaN
  if (!(seconds >= 0 && seconds <= MAX_DURATION_SECONDS)) {
    throw new Error(
      `is not a duration of 0 seconds to a year: whole seconds, or a whole number with s, m or h (300, 5m, 1h)`,
    )
  }
  return seconds
}

/**
 * An absolute http:// or https:// address.
 * @param {string} text
 * @returns {URL}
 */
export const parseWebAddress = (text) => {
  /** @type {URL | null} */
  let url = null
  try {
    url = new URL(text)
  } catch {
    url = null
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error('is not an absolute http:// or https:// address')
  }
  return url
}

/**
 * A cron expression as Payload's jobs queue reads it (croner, which Payload runs it with): five
 * fields, or six with seconds first.
 * @param {string} text
 * @returns {string}
 */
export const parseCron = (text) => {
  try {
    new Cron(text, { paused: true, sloppyRanges: true }).stop()
  } catch (error) {
    throw new Error(`is not a cron expression (${error instanceof Error ? error.message : String(error)})`)
  }
  return text
}

/**
 * One of `names` (any case), returned in lower case.
 * @template {string} Name
 * @param {readonly Name[]} names
 * @param {(names: readonly Name[]) => string} describe
 * @returns {(text: string) => Name}
 */
const oneOf = (names, describe) => (text) => {
  const name = /** @type {Name} */ (text.toLowerCase())
  if (!names.includes(name)) {
    throw new Error(describe(names))
  }
  return name
}

/** Staff roles an SSO sign-in may be mapped to, most privileged first. */
export const MAPPABLE_ROLES = /** @type {const} */ (['admin', 'editor', 'analyst'])

/** @typedef {(typeof MAPPABLE_ROLES)[number]} MappableRole */

/** @param {string} value @returns {value is MappableRole} */
const isMappableRole = (value) => /** @type {readonly string[]} */ (MAPPABLE_ROLES).includes(value)

/**
 * `key:role,key:role` (whitespace tolerated) as a map. Unknown roles are refused loudly: a typo in a
 * production setting must not silently give everybody the reader role or, worse, another role.
 * @param {string | undefined} text
 * @returns {Record<string, MappableRole>}
 */
const roleMapOf = (text) => {
  /** @type {Record<string, MappableRole>} */
  const map = {}
  for (const entry of (text ?? '').split(',')) {
    const trimmed = entry.trim()
    if (!trimmed) {
      continue
    }
    const separator = trimmed.lastIndexOf(':')
    const key = trimmed.slice(0, separator).trim()
    const role = trimmed.slice(separator + 1).trim()
    if (separator <= 0 || !key || !isMappableRole(role)) {
      throw new Error(`has "${trimmed}", which is not "value:role" with role one of ${MAPPABLE_ROLES.join(', ')}`)
    }
    map[key] = role
  }
  return map
}

/**
 * `roleMapOf` for the setting `variable`, with its name in the message.
 * @param {string | undefined} text
 * @param {string} variable
 * @returns {Record<string, MappableRole>}
 */
export const parseRoleMap = (text, variable) => {
  try {
    return roleMapOf(text)
  } catch (error) {
    throw new Error(`${variable} ${error instanceof Error ? error.message : String(error)}.`)
  }
}

/**
 * The `MONGODB_COMPATIBILITY` presets: `mongodb` (none), Payload's own (`compatibilityOptions` of
 * @payloadcms/db-mongodb, checked by lib/database.test.ts) and ours for FerretDB 1.x.
 */
export const MONGODB_COMPATIBILITY_NAMES = /** @type {const} */ ([
  'mongodb',
  'cosmosdb',
  'documentdb',
  'firestore',
  'ferretdb',
])

const DATABASE_SCHEMES = /^(file:|:memory:|mongodb:\/\/|mongodb\+srv:\/\/|libsql:\/\/|https?:\/\/|wss?:\/\/)/i

/** The public development value a server outside production signs with when PAYLOAD_SECRET is unset. */
export const DEVELOPMENT_SECRET = 'crossroads-development-secret-not-for-production'
export const DEFAULT_MAIL_FROM = 'Crossroads <newsroom@crossroads.example>'
export const MAX_WORKERS = 64
export const MAX_TRUSTED_PROXY_HOPS = 10
/**
 * No proxy unless told: `npm start` as the README starts it faces clients directly, and trusting a
 * proxy that is not there would let every client name its own address in `X-Forwarded-For`.
 */
export const DEFAULT_TRUSTED_PROXY_HOPS = 0
/** `SHARED_PAGE_CACHE_MB` above this is surely a typo: the cache would outgrow the process. */
export const MAX_SHARED_PAGE_CACHE_MB = 65_536

const isProduction = (/** @type {Env} */ env) => env.NODE_ENV === 'production'

export const SETTINGS = {
  CRON_SECRET: setting({
    example: '$(openssl rand -hex 32)',
    isSecret: true,
    meaning: 'Secret a scheduler sends as `Authorization: Bearer …` to run the jobs queue over HTTP',
    parse: asText,
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  DATABASE_URI: setting({
    example: 'file:./data/crossroads.db',
    isSecret: true,
    meaning: 'The database: a file: path (embedded SQLite) or a mongodb:// or mongodb+srv:// address',
    parse: (text) => {
      if (!DATABASE_SCHEMES.test(text)) {
        throw new Error('is not a file: path or a mongodb://, mongodb+srv:// (or libsql://) address')
      }
      return text
    },
    unset: (env) => (isProduction(env) ? 'file:./data/crossroads.db' : 'file:./data/dev.db'),
  }),
  FOUR_EYES: setting({
    example: 'off',
    meaning: 'Whether the author of a change may not approve and publish it: on (default) or off',
    parse: (text) => {
      const value = text.toLowerCase()
      if (value !== 'on' && value !== 'off') {
        throw new Error('is not valid: use "on" (the default) or "off"')
      }
      return value === 'on'
    },
    unset: always(true),
  }),
  HOSTNAME: setting({
    example: '0.0.0.0',
    meaning: 'The address `npm start` listens on (-H overrides it)',
    parse: (text) => {
      if (!/^[\w.:[\]%-]+$/.test(text)) {
        throw new Error('is not a host name or IP address')
      }
      return text
    },
    unset: always('0.0.0.0'),
  }),
  JOBS_AUTORUN: setting({
    example: 'false',
    meaning: 'Whether a production server works off the jobs queue itself (default true)',
    parse: parseBoolean,
    unset: always(true),
  }),
  JOBS_AUTORUN_CRON: setting({
    example: '* * * * *',
    meaning: 'When the server runs the jobs queue: cron, seconds allowed as a sixth field first',
    parse: parseCron,
    unset: always('* * * * *'),
  }),
  MAIL_FROM: setting({
    example: 'Crossroads <newsroom@crossroads.example>',
    meaning: 'Sender of every mail',
    parse: (text) => {
      if (!/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(text)) {
        throw new Error('is not an email address or "Name <address>"')
      }
      return text
    },
    unset: always(DEFAULT_MAIL_FROM),
  }),
  MEDIA_DIR: setting({
    example: '/var/lib/crossroads/media',
    meaning: 'Where uploaded images are stored (default ./media)',
    parse: asText,
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  MONGODB_COMPATIBILITY: setting({
    example: 'ferretdb',
    meaning: 'Adapter preset for a server that speaks the MongoDB protocol without all of MongoDB',
    parse: oneOf(MONGODB_COMPATIBILITY_NAMES, (names) => `is not one of: ${names.join(', ')}`),
    unset: always(/** @type {(typeof MONGODB_COMPATIBILITY_NAMES)[number]} */ ('mongodb')),
  }),
  NEXT_COMPRESS: setting({
    example: 'false',
    meaning: 'Whether Next.js gzips each response (default true; false behind a compressing proxy)',
    parse: parseBoolean,
    unset: always(true),
  }),
  NEXTAUTH_SECRET: setting({
    example: '$(openssl rand -hex 32)',
    isSecret: true,
    meaning: 'Signs next-auth sessions (default PAYLOAD_SECRET)',
    parse: asText,
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  NEXTAUTH_URL: setting({
    example: 'https://crossroads.example',
    meaning: 'The public address next-auth builds its callback addresses from',
    parse: parseWebAddress,
    unset: always(/** @type {URL | undefined} */ (undefined)),
  }),
  OIDC_CLIENT_ID: setting({
    example: 'crossroads',
    meaning: 'Client id at the OpenID Connect provider',
    parse: asText,
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  OIDC_CLIENT_SECRET: setting({
    example: 'the secret the provider issued',
    isSecret: true,
    meaning: 'Client secret at the OpenID Connect provider',
    parse: asText,
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  OIDC_DISPLAY_NAME: setting({
    example: 'Newsroom SSO',
    meaning: 'Name of the single sign-on button',
    parse: asText,
    unset: always('single sign-on'),
  }),
  OIDC_EMAIL_DOMAIN_ROLES: setting({
    example: 'crossroads.example:analyst',
    meaning: 'Email domain → staff role for a first SSO sign-in',
    parse: roleMapOf,
    unset: always(/** @type {Record<string, MappableRole>} */ ({})),
  }),
  OIDC_ISSUER: setting({
    example: 'https://sso.example.org/realms/newsroom',
    meaning: 'The OpenID Connect provider (SSO is offered when issuer, client id and secret are set)',
    parse: (text) => {
      parseWebAddress(text)
      return text.replace(/\/$/, '')
    },
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  OIDC_ROLE_CLAIM: setting({
    example: 'groups',
    meaning: 'ID-token claim holding group or role names',
    parse: asText,
    unset: always('groups'),
  }),
  OIDC_ROLE_MAP: setting({
    example: 'crossroads-editors:editor,crossroads-admins:admin',
    meaning: 'Claim value → staff role for a first SSO sign-in',
    parse: roleMapOf,
    unset: always(/** @type {Record<string, MappableRole>} */ ({})),
  }),
  OIDC_SCOPE: setting({
    example: 'openid email profile groups',
    meaning: 'Scopes asked of the OpenID Connect provider',
    parse: asText,
    unset: always('openid email profile'),
  }),
  PAYLOAD_SECRET: setting({
    example: '$(openssl rand -hex 32)',
    isSecret: true,
    meaning: 'Signs sessions; required in production',
    parse: asText,
    unset: (env) => {
      if (isProduction(env)) {
        throw new Error('must be set in production')
      }
      return DEVELOPMENT_SECRET
    },
  }),
  PORT: setting({
    example: '3000',
    meaning: 'Port of `npm run dev` / `npm start` (-p overrides it)',
    parse: portNumber(0),
    unset: always(3000),
  }),
  REDIS_URL: setting({
    example: 'redis://127.0.0.1:6379',
    isSecret: true,
    meaning:
      'Redis shared by several servers: page cache, publication events, sign-in limits, jobs queue (unset: one machine)',
    parse: (text) => {
      /** @type {URL | null} */
      let url = null
      try {
        url = new URL(text)
      } catch {
        url = null
      }
      if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || !url.hostname) {
        throw new Error('is not a redis:// or rediss:// address')
      }
      return text
    },
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  SHARED_PAGE_CACHE_MB: setting({
    example: '64',
    meaning: 'Megabytes of the shared page cache in front of Next.js in `npm start`; 0 turns it off',
    parse: (text) => {
      const megabytes = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN
      if (!(megabytes >= 0 && megabytes <= MAX_SHARED_PAGE_CACHE_MB)) {
        throw new Error(`is not a number of megabytes from 0 (off) to ${MAX_SHARED_PAGE_CACHE_MB}`)
      }
      return megabytes
    },
    unset: always(64),
  }),
  SHARED_PAGE_CACHE_TTL: setting({
    example: '300 (or 5m)',
    meaning: 'Longest time the shared page cache keeps a page: seconds, or with a unit (5m, 1h)',
    parse: parseDurationSeconds,
    unset: always(300),
  }),
  SITE_URL: setting({
    example: 'https://crossroads.example',
    meaning: 'The public address: canonical links, mail links, CSRF list, Secure cookies over https',
    parse: parseWebAddress,
    unset: always(/** @type {URL | undefined} */ (undefined)),
  }),
  SMTP_HOST: setting({
    example: 'smtp.example.org',
    meaning: 'Mail server host (instead of SMTP_URL)',
    parse: (text) => {
      if (!/^[\w.:[\]-]+$/.test(text)) {
        throw new Error('is not a host name or IP address')
      }
      return text
    },
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  SMTP_PASSWORD: setting({
    example: 'the mail account password',
    isSecret: true,
    meaning: 'Password for SMTP_USER',
    parse: asText,
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  SMTP_PORT: setting({
    example: '587',
    meaning: 'Mail server port (default 465 with SMTP_SECURE, else 587)',
    parse: portNumber(1),
    unset: always(/** @type {number | undefined} */ (undefined)),
  }),
  SMTP_SECURE: setting({
    example: 'true',
    meaning: 'TLS from the start, as on port 465 (default: only on port 465)',
    parse: parseBoolean,
    unset: always(/** @type {boolean | undefined} */ (undefined)),
  }),
  SMTP_URL: setting({
    example: 'smtps://user:password@smtp.example.org:465',
    isSecret: true,
    meaning: 'The mail server as one address',
    parse: (text) => {
      if (!/^smtps?:\/\//i.test(text)) {
        throw new Error('must start with smtp:// or smtps://')
      }
      return text
    },
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  SMTP_USER: setting({
    example: 'newsroom',
    meaning: 'Mail server account',
    parse: asText,
    unset: always(/** @type {string | undefined} */ (undefined)),
  }),
  TRUSTED_PROXY_HOPS: setting({
    example: '1',
    meaning: 'Reverse proxies in front of `npm start` that append to X-Forwarded-For (default 0)',
    parse: wholeNumber({ max: MAX_TRUSTED_PROXY_HOPS, min: 0, what: 'proxies' }),
    unset: always(DEFAULT_TRUSTED_PROXY_HOPS),
  }),
  WEB_CONCURRENCY: setting({
    example: '2',
    meaning: 'Server processes `npm start` runs on the port (default 1)',
    parse: wholeNumber({ max: MAX_WORKERS, min: 1, what: 'server processes' }),
    unset: always(1),
  }),
}

/** @typedef {keyof typeof SETTINGS} SettingName */
/**
 * @template {SettingName} Name
 * @typedef {ReturnType<(typeof SETTINGS)[Name]['parse']> | ReturnType<(typeof SETTINGS)[Name]['unset']>} SettingValue
 */

/**
 * What is wrong with `name`'s value, in one line with an example of a good one.
 * @param {{ name: SettingName; raw: string | undefined; reason: string }} problem
 */
const describeProblem = ({ name, raw, reason }) => {
  const { example, isSecret } = /** @type {Setting<unknown>} */ (SETTINGS[name])
  const subject = raw === undefined || raw.trim() === '' || isSecret ? name : `${name}=${raw}`
  return `${subject} ${reason}. For example: ${name}=${example}`
}

/**
 * The value of one setting in `env`, or an Error naming it, saying what is wrong and giving an
 * example of a good value.
 * @template {SettingName} Name
 * @param {Name} name
 * @param {Env} [env]
 * @returns {SettingValue<Name>}
 */
export const readSetting = (name, env = process.env) => {
  const { parse, unset } = /** @type {Setting<SettingValue<Name>>} */ (/** @type {unknown} */ (SETTINGS[name]))
  const raw = env[name]
  const text = raw?.trim()
  try {
    return text ? parse(text, env) : unset(env)
  } catch (error) {
    throw new Error(describeProblem({ name, raw, reason: error instanceof Error ? error.message : String(error) }))
  }
}

/**
 * One line per setting in `env` that is wrong, in the order of `SETTINGS`; empty when all are good.
 * @param {Env} env
 * @returns {string[]}
 */
export const settingProblems = (env) => {
  /** @type {string[]} */
  const problems = []
  for (const name of /** @type {SettingName[]} */ (Object.keys(SETTINGS))) {
    try {
      readSetting(name, env)
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  return problems
}
