import fs from 'node:fs'
import path from 'node:path'
import { checkSync } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { BUILT_PATTERNS } from '@/lib/import/article/suggest'
import { queryToTerms, termsToPattern } from '@/lib/search/highlight'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Every module whose patterns see imported or typed text: the importers and the parsers they call,
 * pasted HTML, search, slugs and comparison links, and whatever the site and admin run on text.
 */
const SCOPE = [
  'app',
  'collections',
  'components',
  'fields',
  'lib/import',
  'lib/observationKey.ts',
  'lib/period.ts',
  'lib/queries',
  'lib/richText',
  'lib/search',
  'lib/series',
  'lib/slugify.ts',
  'lib/text',
  'lib/workflow',
]

/** Patterns built at run time, by file: each is checked below from the module's own export. */
const BUILT_PATTERN_SITES: Record<string, number> = {
  'lib/import/article/suggest.ts': 7,
  'lib/search/highlight.ts': 1,
}

const sourceFiles = (entry: string): string[] => {
  const full = path.join(root, entry)
  if (fs.statSync(full).isFile()) {
    return [entry]
  }
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile() && /\.(ts|tsx)$/.test(file.name) && !/\.test\.tsx?$/.test(file.name))
    .map((file) => path.relative(root, path.join(file.parentPath, file.name)))
}

type Found = { built: number; literals: { flags: string; line: number; source: string }[] }

const findPatterns = (file: string): Found => {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Found = { built: 0, literals: [] }
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source)
      const end = literal.lastIndexOf('/')
      found.literals.push({
        flags: literal.slice(end + 1),
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        source: literal.slice(1, end),
      })
    }
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp') {
      found.built++
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const files = SCOPE.flatMap(sourceFiles).sort()
const patterns = files.map((file) => ({ file, ...findPatterns(file) }))

/** recheck's verdict: `safe` means proven linear (or no worse than the input's length times a constant). */
const verdict = (pattern: RegExp | { flags: string; source: string }) => {
  // A generous budget: the analysis is CPU-bound, and on a busy machine a short one ends in "unknown".
  const result = checkSync(pattern.source, pattern.flags, { timeout: 100_000 })
  return result.status === 'vulnerable'
    ? `vulnerable (${result.complexity.type}), attack ${result.attack.pattern}`
    : result.status
}

describe('regular expressions that see imported or typed text', () => {
  it('should find the patterns of every module in scope', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(patterns.reduce((sum, { literals }) => sum + literals.length, 0)).toBeGreaterThan(100)
  })

  it.each(
    patterns.filter(({ literals }) => literals.length > 0).map(({ file, literals }) => [file, literals] as const),
  )(
    'should run in linear time: the patterns in %s',
    (file, literals) => {
      const unsafe = literals
        .map((literal) => ({
          at: `${file}:${literal.line} /${literal.source}/${literal.flags}`,
          verdict: verdict(literal),
        }))
        .filter((result) => result.verdict !== 'safe')
      expect(unsafe).toEqual([])
    },
    120_000,
  )

  it('should build patterns at run time only where their check below covers them', () => {
    const built = Object.fromEntries(patterns.filter(({ built }) => built > 0).map(({ built, file }) => [file, built]))
    expect(built).toEqual(BUILT_PATTERN_SITES)
  })

  it('should build linear-time patterns: figures, month ranges, country names and search terms', () => {
    const searchPattern = termsToPattern(queryToTerms('Kazakhstan "trade" corridor (2025) a.b.c 1,2 ***'))
    const unsafe = [...BUILT_PATTERNS, searchPattern]
      .map((pattern) => ({ pattern: String(pattern), verdict: verdict(pattern) }))
      .filter((result) => result.verdict !== 'safe')
    expect(unsafe).toEqual([])
  }, 120_000)
})
