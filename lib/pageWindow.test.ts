import { describe, expect, it } from 'vitest'

import { pageWindow } from './pageWindow'

describe('pageWindow', () => {
  it('should list every page when there are few', () => {
    expect(pageWindow({ page: 2, totalPages: 4 })).toEqual([1, 2, 3, 4])
  })

  it('should keep first, last and the neighbours of the current page with gaps between', () => {
    expect(pageWindow({ page: 50, totalPages: 834 })).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 834])
  })

  it('should not put a gap next to the first page when the window reaches it', () => {
    expect(pageWindow({ page: 3, totalPages: 10 })).toEqual([1, 2, 3, 4, 5, 'gap', 10])
  })
})
