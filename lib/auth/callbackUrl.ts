/** A post-sign-in destination on this site only (a path, never `//host` or an absolute URL). */
export const safeCallbackPath = (value: unknown, fallback = '/my'): string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : fallback
