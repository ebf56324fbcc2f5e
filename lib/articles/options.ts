/** Topics an article can be filed under: the articles collection's select and the reader's topic filter. */
export const TOPICS = [
  'borders',
  'conflict',
  'critical-minerals',
  'culture',
  'digital',
  'diplomacy',
  'economic-integration',
  'education',
  'energy',
  'governance',
  'health',
  'identity',
  'infrastructure',
  'investment',
  'logistics',
  'migration',
  'security',
  'tourism',
  'trade',
  'aviation',
] as const

export const topicLabel = (topic: string): string => (topic[0].toUpperCase() + topic.slice(1)).replace(/-/g, ' ')
