/**
 * The licence readers may reuse Crossroads data under. The site stated none before downloads
 * existed, so downloads, citations and README.md name this one.
 */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const

export const CITATION_PUBLISHER = 'Crossroads'
