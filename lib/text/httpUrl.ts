/** A full http(s) address and nothing else: the only web addresses the site stores or links to. */
export const isHttpUrl = (value: string): boolean => /^https?:\/\/\S+$/i.test(value)
