import type { GlobalConfig } from 'payload'

import { isEditor } from '@/access'
import { REVISION_APPROVER_DISPLAYS } from '@/lib/figureRevisions/approver'

/** Settings editors change for the reader site. Read on the server only. */
export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  access: {
    read: isEditor,
    update: isEditor,
  },
  admin: { group: 'Administration' },
  fields: [
    {
      name: 'revisionApprover',
      type: 'radio',
      admin: { description: 'How a figure’s revision log names who approved each revision.' },
      defaultValue: 'role',
      label: 'Revision log shows the approver’s',
      options: REVISION_APPROVER_DISPLAYS.map((value) => ({ label: value === 'role' ? 'Role' : 'Name', value })),
      required: true,
    },
  ],
  label: 'Site settings',
}
