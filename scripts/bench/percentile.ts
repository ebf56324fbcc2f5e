/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export const percentile = (sorted: number[], fraction: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
