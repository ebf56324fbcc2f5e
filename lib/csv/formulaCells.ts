/**
 * Spreadsheet formula neutralisation for every CSV Crossroads writes (OWASP "CSV injection"): a
 * text cell that Excel, LibreOffice or Google Sheets would read as a formula gets a leading
 * apostrophe, which they show as text. Real numbers (`-3.5`, `+12`, `1e6`) are left alone, so a
 * negative growth rate stays a number in the analyst's spreadsheet.
 */

/** Characters that start a formula (or a DDE payload) in a spreadsheet cell. */
const FORMULA_START = /^[=+\-@\t\r]/
/** A plain decimal number with an optional sign and exponent: a spreadsheet reads it as a number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const LEADING_APOSTROPHES = /^'+/

const isFormulaLike = (text: string): boolean => FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)

/**
 * Whether a text needs the apostrophe: it would start a formula, or it is such a text that already
 * starts with apostrophes (so that `restoreCsvCell` can tell the two apart and undo exactly one).
 */
const needsApostrophe = (text: string): boolean => isFormulaLike(text.replace(LEADING_APOSTROPHES, ''))

/** A cell as written to CSV: numbers as they are, formula-like text behind an apostrophe. */
export const neutraliseCsvCell = <T>(value: T): string | T =>
  typeof value === 'string' && needsApostrophe(value) ? `'${value}` : value

/** The rows of a CSV with every cell neutralised. */
export const neutraliseCsvRows = <T>(rows: readonly (readonly T[])[]): (string | T)[][] =>
  rows.map((row) => row.map(neutraliseCsvCell))

/**
 * Undoes `neutraliseCsvCell` for a cell read back from CSV, and nothing else: re-importing an
 * export gives back exactly the text that was exported.
 */
export const restoreCsvCell = (cell: string): string =>
  cell.startsWith("'") && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell
