/** The bench-only admin of the benchmark database (scripts/bench/benchAdmin.ts makes it). */
export const BENCH_ADMIN = { email: 'bench-admin@crossroads.example', password: 'bench-only-password-0123' }
