import { describe, expect, it } from 'vitest'

import { parseRoleMap, roleForNewSsoUser, roleMappingFromEnv } from './roleMapping'

const config = roleMappingFromEnv({
  OIDC_EMAIL_DOMAIN_ROLES: 'Crossroads.example:analyst',
  OIDC_ROLE_CLAIM: 'groups',
  OIDC_ROLE_MAP: 'crossroads-editors:editor, crossroads-admins:admin',
})

describe('roleForNewSsoUser', () => {
  it('should give the reader role when neither a claim value nor the email domain maps', () => {
    expect(roleForNewSsoUser({ claims: { groups: ['book-club'] }, config, email: 'someone@mail.example' })).toBe(
      'reader',
    )
    expect(roleForNewSsoUser({ claims: {}, config, email: 'someone@mail.example' })).toBe('reader')
  })

  it('should map a claim value to its staff role', () => {
    expect(roleForNewSsoUser({ claims: { groups: ['crossroads-editors'] }, config, email: 'e@mail.example' })).toBe(
      'editor',
    )
  })

  it('should map the email domain case-insensitively', () => {
    expect(roleForNewSsoUser({ claims: {}, config, email: 'Arman@CROSSROADS.example' })).toBe('analyst')
  })

  it('should pick the most privileged role when several match', () => {
    expect(
      roleForNewSsoUser({
        claims: { groups: ['crossroads-editors', 'crossroads-admins'] },
        config,
        email: 'a@crossroads.example',
      }),
    ).toBe('admin')
  })

  it('should accept a space-separated string claim', () => {
    expect(roleForNewSsoUser({ claims: { groups: 'other crossroads-editors' }, config, email: 'e@x.example' })).toBe(
      'editor',
    )
  })

  it('should not match a domain that only ends like a mapped one', () => {
    expect(roleForNewSsoUser({ claims: {}, config, email: 'x@evil-crossroads.example' })).toBe('reader')
  })

  it('should read the claim named by OIDC_ROLE_CLAIM only', () => {
    const rolesClaim = roleMappingFromEnv({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: 'cms-editor:editor' })
    expect(roleForNewSsoUser({ claims: { groups: ['cms-editor'] }, config: rolesClaim, email: 'e@x.example' })).toBe(
      'reader',
    )
    expect(roleForNewSsoUser({ claims: { roles: ['cms-editor'] }, config: rolesClaim, email: 'e@x.example' })).toBe(
      'editor',
    )
  })
})

describe('parseRoleMap', () => {
  it('should refuse an unknown role or a malformed entry instead of ignoring it', () => {
    expect(() => parseRoleMap('staff:superuser', 'OIDC_ROLE_MAP')).toThrow(/OIDC_ROLE_MAP/)
    expect(() => parseRoleMap('editor', 'OIDC_ROLE_MAP')).toThrow(/value:role/)
    expect(() => parseRoleMap('readers:reader', 'OIDC_ROLE_MAP')).toThrow()
  })

  it('should allow claim values that contain colons', () => {
    expect(parseRoleMap('urn:corp:editors:editor', 'OIDC_ROLE_MAP')).toEqual({ 'urn:corp:editors': 'editor' })
  })
})
