export const REVISION_APPROVER_DISPLAYS = ['role', 'name'] as const

export type RevisionApproverDisplay = (typeof REVISION_APPROVER_DISPLAYS)[number]

const ROLE_LABELS: Record<string, string> = {
  admin: 'An administrator',
  analyst: 'An analyst',
  editor: 'An editor',
  system: 'Crossroads (initial data)',
}

/**
 * Who approved a revision, as readers are told: the role, or the name when editors chose names
 * (a staff member without a name is named by role; an e-mail address is never shown).
 */
export const approverToText = (
  row: { approverName?: null | string; approverRole?: null | string },
  display: RevisionApproverDisplay,
): string => {
  const role = ROLE_LABELS[row.approverRole ?? ''] ?? 'An editor'
  if (display === 'name' && row.approverName && row.approverRole !== 'system' && !row.approverName.includes('@')) {
    return row.approverName
  }
  return role
}
