/** Categorical colours, distinguishable for common colour-vision deficiencies and on paper. */
export const SERIES_COLOURS = ['#2f5e9e', '#c0392b', '#2c8465', '#b8660b', '#6d3e91', '#0f7f94', '#8a4b2f', '#5b6b23']

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length]

/** Sequential ramp for maps, light to dark teal. */
export const MAP_RAMP = ['#bfe0dc', '#8cc5bf', '#559f9e', '#2b7580', '#164a5a']

export const MAP_NO_DATA = '#ecebe6'

/** The outline of the reporting country on a map of its partners (the site's accent colour). */
export const MAP_REPORTER_OUTLINE = '#a23b2a'
