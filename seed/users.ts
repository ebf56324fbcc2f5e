/**
 * Demo staff accounts, one per role. The README lists the same credentials; they exist only in
 * databases seeded for development, tests and demos.
 */
export const DEMO_USERS = [
  { email: 'admin@crossroads.example', name: 'Aigerim Admin', password: 'crossroads-admin', role: 'admin' },
  { email: 'editor@crossroads.example', name: 'Elena Editor', password: 'crossroads-editor', role: 'editor' },
  { email: 'analyst@crossroads.example', name: 'Arman Analyst', password: 'crossroads-analyst', role: 'analyst' },
] as const
