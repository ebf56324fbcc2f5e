/**
 * What a reader may see of the documents a figure names: each one's slug when it is published,
 * null when it is not. `hasPartner` tells a figure without a partner from one whose partner is hidden.
 */
export type FigureReferences = {
  country: null | string
  hasPartner: boolean
  indicator: null | string
  partner: null | string
}

/**
 * A figure is shown only with every document it names: its indicator, its country and, for a
 * bilateral figure, its partner. Without its partner a pair's figure would read as the country's own.
 */
export const isFigureVisible = ({ country, hasPartner, indicator, partner }: FigureReferences): boolean =>
  indicator !== null && country !== null && (!hasPartner || partner !== null)
