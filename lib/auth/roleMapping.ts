import type { Role } from '@/access/roles'

/** Staff roles an SSO sign-in may be mapped to, most privileged first. */
const MAPPABLE_ROLES = ['admin', 'editor', 'analyst'] as const

type MappableRole = (typeof MAPPABLE_ROLES)[number]

export type RoleMappingConfig = {
  /** Name of the ID-token/userinfo claim holding group or role names, e.g. `groups`. */
  claim: string
  /** Claim value → staff role, e.g. `{ 'crossroads-editors': 'editor' }`. */
  claimValues: Record<string, MappableRole>
  /** Email domain → staff role, e.g. `{ 'crossroads.example': 'analyst' }`. */
  emailDomains: Record<string, MappableRole>
}

const isMappableRole = (value: string): value is MappableRole => (MAPPABLE_ROLES as readonly string[]).includes(value)

/**
 * Parses `key:role,key:role` (whitespace tolerated). Unknown roles are rejected loudly: a typo in a
 * production env var must not silently give everybody the reader role or, worse, another role.
 */
export const parseRoleMap = (text: string | undefined, variable: string): Record<string, MappableRole> => {
  const map: Record<string, MappableRole> = {}
  for (const entry of (text ?? '').split(',')) {
    const trimmed = entry.trim()
    if (!trimmed) {
      continue
    }
    const separator = trimmed.lastIndexOf(':')
    const key = trimmed.slice(0, separator).trim()
    const role = trimmed.slice(separator + 1).trim()
    if (separator <= 0 || !key || !isMappableRole(role)) {
      throw new Error(`${variable}: "${trimmed}" is not "value:role" with role one of ${MAPPABLE_ROLES.join(', ')}.`)
    }
    map[key] = role
  }
  return map
}

export const roleMappingFromEnv = (env: Record<string, string | undefined> = process.env): RoleMappingConfig => ({
  claim: env.OIDC_ROLE_CLAIM?.trim() || 'groups',
  claimValues: parseRoleMap(env.OIDC_ROLE_MAP, 'OIDC_ROLE_MAP'),
  emailDomains: Object.fromEntries(
    Object.entries(parseRoleMap(env.OIDC_EMAIL_DOMAIN_ROLES, 'OIDC_EMAIL_DOMAIN_ROLES')).map(([domain, role]) => [
      domain.toLowerCase(),
      role,
    ]),
  ),
})

const claimValuesOf = (claims: Record<string, unknown>, claim: string): string[] => {
  const value = claims[claim]
  if (typeof value === 'string') {
    return value.split(/[\s,]+/).filter(Boolean)
  }
  if (Array.isArray(value)) {
    return value.filter((item): item is string => typeof item === 'string')
  }
  return []
}

/**
 * The role a person gets on their first SSO sign-in: the most privileged staff role that their
 * claim values or email domain map to, or `reader` when nothing maps. Later sign-ins keep whatever
 * role an admin has since set in Payload.
 */
export const roleForNewSsoUser = ({
  claims,
  config,
  email,
}: {
  claims: Record<string, unknown>
  config: RoleMappingConfig
  email: string
}): Role => {
  const candidates = new Set<MappableRole>()
  for (const value of claimValuesOf(claims, config.claim)) {
    const role = config.claimValues[value]
    if (role) {
      candidates.add(role)
    }
  }
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase()
  const domainRole = config.emailDomains[domain]
  if (domainRole) {
    candidates.add(domainRole)
  }
  return MAPPABLE_ROLES.find((role) => candidates.has(role)) ?? 'reader'
}
