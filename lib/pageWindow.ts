export type PageSlot = number | 'gap'

/** Page numbers to link: the first, the last and `radius` either side of the current page, gaps between. */
export const pageWindow = ({ page, radius = 2, totalPages }: { page: number; radius?: number; totalPages: number }) => {
  const slots: PageSlot[] = []
  for (let number = 1; number <= totalPages; number += 1) {
    const isShown = number === 1 || number === totalPages || Math.abs(number - page) <= radius
    if (isShown) {
      slots.push(number)
    } else if (slots[slots.length - 1] !== 'gap') {
      slots.push('gap')
    }
  }
  return slots
}
