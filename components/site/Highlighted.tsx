import React from 'react'

import { textToHighlightParts } from '@/lib/search/highlight'

/** Text with every occurrence of the search terms wrapped in <mark>. */
export const Highlighted = ({ terms, text }: { terms: string[]; text: string }) => (
  <>
    {textToHighlightParts(text, terms).map((part, index) =>
      part.isMatch ? <mark key={index}>{part.text}</mark> : <React.Fragment key={index}>{part.text}</React.Fragment>,
    )}
  </>
)
