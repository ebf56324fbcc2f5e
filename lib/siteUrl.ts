/**
 * The public address of the reader site, for canonical links, Open Graph, RSS and the sitemap.
 * `SITE_URL` in production; the local server's address otherwise.
 */
export const siteUrl = (): URL => {
  const configured = process.env.SITE_URL
  if (!configured) {
    return new URL(`http://localhost:${process.env.PORT || 3000}`)
  }
  try {
    return new URL(configured)
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://crossroads.example (got "${configured}").`)
  }
}

/** An absolute URL on the reader site for a path such as `/articles/slug`. */
export const absoluteUrl = (path: string): string => new URL(path, siteUrl()).toString()
