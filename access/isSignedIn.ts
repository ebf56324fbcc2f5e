import type { Access } from 'payload'

import { hasRole } from './roles'

/** Any signed-in person with an account: staff and readers alike. */
export const isSignedIn: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'analyst', 'reader')
