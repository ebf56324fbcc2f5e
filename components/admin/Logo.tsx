import React from 'react'

/** Crossroads word mark on the admin login screen. */
export const Logo = () => (
  <div style={{ alignItems: 'center', display: 'flex', gap: 12 }}>
    <span aria-hidden style={{ color: '#a23b2a', fontSize: 40 }}>
      ✣
    </span>
    <span style={{ fontFamily: 'Georgia, serif', fontSize: 34, fontWeight: 700 }}>Crossroads</span>
  </div>
)
