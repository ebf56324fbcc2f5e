import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField, isStaff } from '@/access'

import { usesSecureCookies } from '@/lib/auth/env'

import { confirmEmailChange } from './endpoints/confirmEmailChange'
import { emailChangeFields } from './fields/emailChange'
import { notificationPreferencesField } from './fields/notificationPreferences'
import { answerForgotPasswordAlike, finishForgotPasswordInTime } from './hooks/answerForgotPasswordAlike'
import { countLoginFailuresPerAddress, forgiveSuccessfulLogin } from './hooks/countLoginFailuresPerAddress'
import { deleteNotificationsOfUser } from './hooks/deleteNotificationsOfUser'
import { holdOwnEmailChange, mailEmailChangeConfirmation } from './hooks/holdOwnEmailChange'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { reportNextAuthSessionExpiry } from './hooks/reportNextAuthSessionExpiry'
import { nextAuthSession } from './strategies/nextAuthSession'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: isStaff,
    create: isAdmin,
    delete: isAdmin,
    read: adminOrSelf,
    unlock: isAdmin,
    update: adminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    group: 'Administration',
    useAsTitle: 'name',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: usesSecureCookies() },
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    // Next to Payload's own password login (kept for the break-glass admin), not instead of it.
    strategies: [nextAuthSession],
    tokenExpiration: 8 * 60 * 60,
  },
  endpoints: [confirmEmailChange],
  fields: [
    {
      name: 'name',
      type: 'text',
      maxLength: 120,
      required: true,
    },
    {
      name: 'role',
      type: 'select',
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Analysts draft, editors review and publish, admins also manage people. Readers only use the public site.',
        position: 'sidebar',
      },
      defaultValue: 'analyst',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Analyst', value: 'analyst' },
        { label: 'Reader', value: 'reader' },
      ],
      required: true,
      saveToJWT: true,
    },
    ...emailChangeFields,
    notificationPreferencesField,
  ],
  hooks: {
    afterChange: [mailEmailChangeConfirmation],
    afterForgotPassword: [finishForgotPasswordInTime],
    afterLogin: [forgiveSuccessfulLogin],
    beforeChange: [makeFirstUserAdmin, holdOwnEmailChange],
    beforeDelete: [deleteNotificationsOfUser],
    beforeOperation: [countLoginFailuresPerAddress, answerForgotPasswordAlike],
    me: [reportNextAuthSessionExpiry],
  },
}
