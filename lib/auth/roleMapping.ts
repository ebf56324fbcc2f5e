import type { Role } from '@/access/roles'

import { MAPPABLE_ROLES, parseRoleMap, readSetting } from '@/server/settings.mjs'

type MappableRole = (typeof MAPPABLE_ROLES)[number]

export type RoleMappingConfig = {
  /** Name of the ID-token/userinfo claim holding group or role names, e.g. `groups`. */
  claim: string
  /** Claim value → staff role, e.g. `{ 'crossroads-editors': 'editor' }`. */
  claimValues: Record<string, MappableRole>
  /** Email domain → staff role, e.g. `{ 'crossroads.example': 'analyst' }`. */
  emailDomains: Record<string, MappableRole>
}

export { parseRoleMap }

export const roleMappingFromEnv = (env: Record<string, string | undefined> = process.env): RoleMappingConfig => ({
  claim: readSetting('OIDC_ROLE_CLAIM', env),
  claimValues: readSetting('OIDC_ROLE_MAP', env),
  emailDomains: Object.fromEntries(
    Object.entries(readSetting('OIDC_EMAIL_DOMAIN_ROLES', env)).map(([domain, role]) => [domain.toLowerCase(), role]),
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
