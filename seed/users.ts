/**
 * Demo accounts, one per role (three staff roles and a reader). The README lists the same credentials; they exist only in
 * databases seeded for development, tests and demos.
 */
export const DEMO_USERS = [
  { email: 'admin@crossroads.example', name: 'Aigerim Admin', password: 'crossroads-admin', role: 'admin' },
  { email: 'editor@crossroads.example', name: 'Elena Editor', password: 'crossroads-editor', role: 'editor' },
  { email: 'analyst@crossroads.example', name: 'Arman Analyst', password: 'crossroads-analyst', role: 'analyst' },
  { email: 'reader@crossroads.example', name: 'Rustam Reader', password: 'crossroads-reader', role: 'reader' },
] as const
