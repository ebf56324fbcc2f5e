import type { AdminDependencies } from 'payload'

import { accountMailStatus } from './settings'

const RESET_MAIL_OFF_VIEW = '/components/admin/ResetMailOffView#ResetMailOffView'

/**
 * Replaces the admin's "forgot password" view where reset mail is off (read as the server starts),
 * so nobody is told a reset link is on its way.
 */
export const forgotPasswordViewWhenMailIsOff = (): { forgot?: { Component: string } } =>
  accountMailStatus().isOn ? {} : { forgot: { Component: RESET_MAIL_OFF_VIEW } }

/** Keeps that view in the import map, which is generated where reset mail is on. */
export const resetMailAdminDependencies: AdminDependencies = {
  resetMailOffView: { path: RESET_MAIL_OFF_VIEW, type: 'component' },
}
