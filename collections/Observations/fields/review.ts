import type { Field } from 'payload'

import { isStaffField } from '@/access/isStaff'
import { ANOMALY_CODES } from '@/lib/observations/anomaly'

/**
 * What the server found unusual about this version of the figure (lib/observations/anomaly.ts),
 * written only by the scoring hook and the import and versioned with the figure. Staff only: readers
 * never see a figure's flags.
 */
export const anomalyField: Field = {
  name: 'anomaly',
  type: 'group',
  access: { create: () => false, read: isStaffField, update: () => false },
  admin: {
    description: 'Set by the server when the figure is saved.',
    position: 'sidebar',
  },
  fields: [
    { name: 'isFlagged', type: 'checkbox', defaultValue: false, index: true },
    { name: 'score', type: 'number', defaultValue: 0 },
    {
      name: 'flags',
      type: 'json',
      admin: {
        components: { Field: '/components/admin/AnomalyFlagsField#AnomalyFlagsField' },
        description: `Each { code (${ANOMALY_CODES.join(', ')}), message, score, details }.`,
      },
    },
  ],
  label: 'Anomaly check',
}

/**
 * The submission a figure arrived in (a spreadsheet import writes one id on every figure it
 * submits), so an editor can review the batch in one screen. Written only by the server.
 */
export const submissionField: Field = {
  name: 'submission',
  type: 'text',
  access: { create: () => false, read: isStaffField, update: () => false },
  admin: { hidden: true },
  index: true,
}
