import React from 'react'

/** Crossroads mark in the admin navigation. */
export const Icon = () => (
  <span aria-label="Crossroads" role="img" style={{ color: '#a23b2a', fontSize: 22, lineHeight: 1 }}>
    ✣
  </span>
)
