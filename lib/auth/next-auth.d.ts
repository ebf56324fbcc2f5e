import type { DefaultSession } from 'next-auth'

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { role: string }
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** Payload session id: the session ends when Payload no longer has it. */
    sid?: string
    role?: string
    /** Payload user id. */
    uid?: number | string
  }
}
