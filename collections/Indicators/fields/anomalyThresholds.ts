import type { Field } from 'payload'

import { isEditorField } from '@/access/isEditor'
import { isStaffField } from '@/access/isStaff'
import { DEFAULT_ANOMALY_THRESHOLDS } from '@/lib/observations/anomaly'

/**
 * When a figure of this indicator is flagged for review (lib/observations/anomaly.ts). Editors set
 * them; staff read them.
 */
export const anomalyThresholdsField: Field = {
  name: 'anomalyThresholds',
  type: 'group',
  access: { create: isEditorField, read: isStaffField, update: isEditorField },
  admin: { description: 'When a new or changed figure of this indicator is flagged for the editors.' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'changePercent',
          type: 'number',
          admin: { description: 'Change against the previous period, in %.' },
          defaultValue: DEFAULT_ANOMALY_THRESHOLDS.changePercent,
          label: 'Change threshold (%)',
          min: 0,
        },
        {
          name: 'mirrorGapPercent',
          type: 'number',
          admin: { description: 'Gap to the partner’s own report (bilateral only), in %.' },
          defaultValue: DEFAULT_ANOMALY_THRESHOLDS.mirrorGapPercent,
          label: 'Mirror gap threshold (%)',
          min: 0,
        },
        { name: 'min', type: 'number', admin: { description: 'Lowest plausible value.' }, label: 'Plausible minimum' },
        { name: 'max', type: 'number', admin: { description: 'Highest plausible value.' }, label: 'Plausible maximum' },
      ],
    },
  ],
  label: 'Anomaly thresholds',
}
