import Link from 'next/link'
import React from 'react'

import { pageWindow } from '@/lib/pageWindow'

type Props = {
  /** Builds the address of a page, keeping the current filters. */
  hrefForPage: (page: number) => string
  page: number
  totalPages: number
}

/** Previous / numbered / next links; plain links, so it works without JavaScript. */
export const Pagination = ({ hrefForPage, page, totalPages }: Props) => {
  if (totalPages <= 1) {
    return null
  }
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 ? (
        <Link className="pagination__step" href={hrefForPage(page - 1)} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span aria-hidden className="pagination__step pagination__step--off">
          ← Newer
        </span>
      )}
      <ol>
        {pageWindow({ page, totalPages }).map((number, index) => (
          <li key={number === 'gap' ? `gap-${index}` : number}>
            {number === 'gap' ? (
              <span aria-hidden className="pagination__gap">
                …
              </span>
            ) : number === page ? (
              <span aria-current="page" className="pagination__current">
                <span className="visually-hidden">Page </span>
                {number}
              </span>
            ) : (
              <Link aria-label={`Page ${number}`} href={hrefForPage(number)}>
                {number}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < totalPages ? (
        <Link className="pagination__step" href={hrefForPage(page + 1)} rel="next">
          Older →
        </Link>
      ) : (
        <span aria-hidden className="pagination__step pagination__step--off">
          Older →
        </span>
      )}
    </nav>
  )
}
