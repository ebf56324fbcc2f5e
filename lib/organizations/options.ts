/** Kinds of organisation: the organizations collection's select. */
export const ORGANIZATION_KINDS = [
  { label: 'Intergovernmental organisation', value: 'intergovernmental' },
  { label: 'Military alliance', value: 'military-alliance' },
  { label: 'Economic union', value: 'economic-union' },
  { label: 'Bloc', value: 'bloc' },
  { label: 'Diplomatic format', value: 'diplomatic-format' },
  { label: 'Treaty', value: 'treaty' },
  { label: 'Forum or council', value: 'forum' },
  { label: 'Initiative or programme', value: 'initiative' },
  { label: 'Corridor, pipeline or network', value: 'infrastructure' },
  { label: 'Financial institution', value: 'financial-institution' },
  { label: 'State agency', value: 'state-agency' },
  { label: 'Think tank', value: 'think-tank' },
  { label: 'University', value: 'university' },
  { label: 'Company', value: 'company' },
  { label: 'Other', value: 'other' },
] as const
