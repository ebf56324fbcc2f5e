'use client'

import React, { useEffect, useState } from 'react'

/**
 * The edit view's way to the discussion of a change: how many comment threads on the document are
 * open, linked to the comments on its review screen.
 */
export const OpenComments = ({ collection, id }: { collection: string; id: number | string }) => {
  const [open, setOpen] = useState<null | number>(null)

  useEffect(() => {
    const query = new URLSearchParams({
      'where[documentCollection][equals]': collection,
      'where[documentId][equals]': String(id),
      'where[status][equals]': 'open',
    })
    let isCurrent = true
    fetch(`/api/review-comments/count?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: null | { totalDocs?: number }) => {
        if (isCurrent && typeof answer?.totalDocs === 'number') {
          setOpen(answer.totalDocs)
        }
      })
      // Without the count the link still leads to the comments.
      .catch(() => setOpen(null))
    return () => {
      isCurrent = false
    }
  }, [collection, id])

  return (
    <p className="workflow-panel__hint">
      <a href={`/admin/review/${collection}/${id}#comments`}>
        {open ? `${open} open comment ${open === 1 ? 'thread' : 'threads'}` : 'Comments on this change'}
      </a>
    </p>
  )
}
