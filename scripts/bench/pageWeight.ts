import { brotliCompressSync, constants } from 'node:zlib'

/**
 * What a reader who is not signed in downloads for one page (issue #17): the HTML, and the
 * JavaScript its `<script src>` tags load, each compressed with brotli at its highest quality, as a
 * CDN or a pre-compressing proxy would serve it. `<script nomodule>` (Next.js's polyfills for
 * browsers without ES modules) is weighed apart: browsers that run modules never download it.
 * Beside it, for comparison only, what a signed-in reader downloads (server/scriptFreePages.mjs).
 */
export const PAGE_WEIGHT_BUDGET = { scriptBrotliBytes: 100_000 }

export type ScriptWeight = { brotliBytes: number; bytes: number; src: string }

export type PageWeight = {
  htmlBrotliBytes: number
  htmlBytes: number
  legacyScriptBrotliBytes: number
  name: string
  path: string
  scriptBrotliBytes: number
  scriptBytes: number
  scripts: ScriptWeight[]
  /** The same page as a signed-in reader gets it, with Next.js's runtime (server/scriptFreePages.mjs). */
  signedIn: { htmlBrotliBytes: number; scriptBrotliBytes: number }
  status: number
}

export type PageWeightTarget = { name: string; path: string }

const SIGNED_IN_COOKIE = 'next-auth.session-token=page-weight'

const SCRIPT_TAG = /<script\b([^>]*)>/gi
const SOURCE_ATTRIBUTE = /\ssrc="([^"]+)"/i
const NO_MODULE_ATTRIBUTE = /\snomodule(?:[\s=>]|$)/i

const decodeAttribute = (value: string) => value.replace(/&amp;/g, '&')

/** The distinct `src` of the page's external scripts, in document order, split by `nomodule`. */
export const htmlToScriptSources = (html: string): { legacy: string[]; modern: string[] } => {
  const legacy = new Set<string>()
  const modern = new Set<string>()
  for (const [, attributes] of html.matchAll(SCRIPT_TAG)) {
    const src = SOURCE_ATTRIBUTE.exec(attributes)?.[1]
    if (!src) {
      continue
    }
    const sources = NO_MODULE_ATTRIBUTE.test(attributes) ? legacy : modern
    sources.add(decodeAttribute(src))
  }
  return { legacy: [...legacy], modern: [...modern] }
}

export const brotliSize = (bytes: Buffer | string) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length

/**
 * Measures the pages on the server at `origin`, fetched without cookies. Scripts shared by several
 * pages are fetched and compressed once.
 */
export const measurePageWeights = async (origin: string, targets: PageWeightTarget[]): Promise<PageWeight[]> => {
  const scriptCache = new Map<string, Promise<ScriptWeight>>()
  const weighScript = (src: string) => {
    const url = new URL(src, origin).toString()
    if (!scriptCache.has(url)) {
      scriptCache.set(
        url,
        fetch(url).then(async (response) => {
          if (!response.ok) {
            throw new Error(`${url} answered ${response.status}`)
          }
          const bytes = Buffer.from(await response.arrayBuffer())
          return { brotliBytes: brotliSize(bytes), bytes: bytes.length, src }
        }),
      )
    }
    return scriptCache.get(url)!
  }
  const weighSignedIn = async (path: string) => {
    // The server only looks for a session cookie to choose the page; it never reads this one.
    const response = await fetch(new URL(path, origin), { headers: { cookie: SIGNED_IN_COOKIE } })
    const html = Buffer.from(await response.arrayBuffer())
    const scripts = await Promise.all(htmlToScriptSources(html.toString('utf8')).modern.map(weighScript))
    return {
      htmlBrotliBytes: brotliSize(html),
      scriptBrotliBytes: scripts.reduce((sum, script) => sum + script.brotliBytes, 0),
    }
  }
  const weights: PageWeight[] = []
  for (const target of targets) {
    const response = await fetch(new URL(target.path, origin))
    const html = Buffer.from(await response.arrayBuffer())
    const sources = htmlToScriptSources(html.toString('utf8'))
    const scripts = await Promise.all(sources.modern.map(weighScript))
    const legacyScripts = await Promise.all(sources.legacy.map(weighScript))
    const signedIn = await weighSignedIn(target.path)
    weights.push({
      htmlBrotliBytes: brotliSize(html),
      htmlBytes: html.length,
      legacyScriptBrotliBytes: legacyScripts.reduce((sum, script) => sum + script.brotliBytes, 0),
      name: target.name,
      path: target.path,
      scriptBrotliBytes: scripts.reduce((sum, script) => sum + script.brotliBytes, 0),
      scriptBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
      scripts,
      signedIn,
      status: response.status,
    })
  }
  return weights
}

export const isWithinBudget = (weight: PageWeight) =>
  weight.status === 200 && weight.scriptBrotliBytes <= PAGE_WEIGHT_BUDGET.scriptBrotliBytes

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** One row per page for `console.table`, the budget beside the JavaScript weight. */
export const pageWeightToRow = (weight: PageWeight) => ({
  page: weight.name,
  status: weight.status,
  'JS brotli': kilobytes(weight.scriptBrotliBytes),
  'JS budget': kilobytes(PAGE_WEIGHT_BUDGET.scriptBrotliBytes),
  'JS raw': kilobytes(weight.scriptBytes),
  scripts: weight.scripts.length,
  'nomodule brotli': kilobytes(weight.legacyScriptBrotliBytes),
  'HTML brotli': kilobytes(weight.htmlBrotliBytes),
  'HTML raw': kilobytes(weight.htmlBytes),
  'signed in: JS brotli': kilobytes(weight.signedIn.scriptBrotliBytes),
  'signed in: HTML brotli': kilobytes(weight.signedIn.htmlBrotliBytes),
  verdict: isWithinBudget(weight) ? 'MET' : 'MISSED',
})
