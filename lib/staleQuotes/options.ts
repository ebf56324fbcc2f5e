/** How an article quotes a figure: a live figure node, or a number typed in the prose. */
export const STALE_QUOTE_KINDS = ['liveFigure', 'typedNumber'] as const

export type StaleQuoteKind = (typeof STALE_QUOTE_KINDS)[number]

/**
 * `open` waits for an editor; `dismissed`: an editor found the text still correct; `corrected`: an
 * editor sent a correction note for review; `cleared`: the figure reads as quoted again.
 */
export const STALE_QUOTE_STATUSES = ['open', 'dismissed', 'corrected', 'cleared'] as const

export type StaleQuoteStatus = (typeof STALE_QUOTE_STATUSES)[number]

/** Longest correction note an editor may write. */
export const CORRECTION_MAX_LENGTH = 1000
