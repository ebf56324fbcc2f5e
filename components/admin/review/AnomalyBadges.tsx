import React from 'react'

import { ANOMALY_LABELS, type AnomalyCode } from '@/lib/observations/anomaly'

import styles from './anomaly.module.css'

type Flag = { code: AnomalyCode | string; message: string }

const labelOf = (code: string) => ANOMALY_LABELS[code as AnomalyCode] ?? code

/** A figure's anomaly flags as badges, each with its message (the old → new values it found). */
export const AnomalyBadges = ({ flags, withMessages = false }: { flags: Flag[]; withMessages?: boolean }) => {
  if (flags.length === 0) {
    return null
  }
  if (!withMessages) {
    return (
      <span className={styles.badges}>
        {flags.map((flag) => (
          <span className={styles.badge} key={flag.code} title={flag.message}>
            {labelOf(flag.code)}
          </span>
        ))}
      </span>
    )
  }
  return (
    <ul aria-label="Anomaly flags" className={styles.flagList}>
      {flags.map((flag) => (
        <li key={flag.code}>
          <span className={styles.badge}>{labelOf(flag.code)}</span>
          <span className={styles.message}>{flag.message}</span>
        </li>
      ))}
    </ul>
  )
}
