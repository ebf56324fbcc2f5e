'use client'

import type { JSONFieldClientComponent } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

import type { AnomalyFlag } from '@/lib/observations/anomaly'

import { ANOMALY_LABELS } from '@/lib/observations/anomaly'

const isFlag = (value: unknown): value is AnomalyFlag =>
  typeof value === 'object' && value !== null && typeof (value as AnomalyFlag).message === 'string'

/** The server's anomaly flags as an editor reads them: what is unusual and how strongly, not JSON. */
export const AnomalyFlagsField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const flags = Array.isArray(value) ? value.filter(isFlag) : []
  return (
    <div className="field-type anomaly-flags">
      <FieldLabel label="Flags" path={path} />
      {flags.length ? (
        <ul className="anomaly-flags__list">
          {flags.map((flag) => (
            <li key={flag.code}>
              <strong>{ANOMALY_LABELS[flag.code] ?? flag.code}</strong> (score {Number(flag.score).toFixed(1)}):{' '}
              {flag.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="anomaly-flags__none">Nothing unusual against the published series.</p>
      )}
    </div>
  )
}
