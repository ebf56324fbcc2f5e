/** What someone asking for a reset link is told when reset mail is off. */
export const RESET_MAIL_OFF =
  'Password reset by email is off on this server. Ask an administrator to set a new password for you.'

/** What someone changing their own email address is told when confirmation mail is off. */
export const EMAIL_CHANGE_MAIL_OFF =
  'Changing your email address needs a confirmation mail, and mail is off on this server. Ask an administrator to change it for you.'
