import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField } from '../../access/adminsOnly'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { roles } from '../../access/roles'
import { localeCodes } from '../../locales'
import { collectionSlugs } from '../../collectionSlugs'
import { clearSignInAttempts, throttleSignIn } from '../../auth/signInThrottle'
import { throttlePasswordResets } from '../../auth/passwordResetThrottle'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { adminLabel, adminOptions, collectionLabels, localeOptions } from '../../i18n/adminLabel'
import { staffMessage, type MessageRequest } from '../../i18n/staffMessage'

/**
 * Staff accounts. Roles: admin (everything), editor (all content, all locales, publishing), translator (drafts in
 * assigned locales, never the default-locale source), reviewer (approves and publishes assigned locales).
 * Only an admin can give or change a role or locales, on create, update and duplicate alike.
 */
export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  labels: collectionLabels('users'),
  // Attempts are counted by Concord's own throttle (cms/auth/): atomically, and per address whether or not an account
  // has it. Payload's counters are off: they let parallel attempts through and reset e-mails fail on SQLite.
  auth: { maxLoginAttempts: 0, forgotPassword: { minRequestInterval: 0 } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'assignedLocales'], group: adminLabel('group.administration') },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: adminsOnly,
    read: adminsOrSelf,
    update: adminsOrSelf,
    delete: adminsOnly,
  },
  hooks: {
    beforeOperation: [throttleSignIn, throttlePasswordResets],
    afterLogin: [clearSignInAttempts],
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    { name: 'name', label: adminLabel('field.name'), type: 'text' },
    {
      name: 'role',
      label: adminLabel('field.role'),
      type: 'select',
      required: true,
      defaultValue: 'translator',
      saveToJWT: true,
      options: adminOptions('option.role', roles),
      access: { create: adminsOnlyField, update: adminsOnlyField },
    },
    {
      // Not `locales`: the SQLite adapter reserves `<table>_locales` for localized columns.
      name: 'assignedLocales',
      label: adminLabel('field.assignedLocales'),
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: localeOptions(localeCodes),
      validate: (value: unknown, { req }: { req?: MessageRequest }) =>
        !value || (Array.isArray(value) && value.every((code) => (localeCodes as string[]).includes(code)))
          ? true
          : staffMessage(req, 'error.unknownLocale'),
      admin: {
        description: adminLabel('description.assignedLocales'),
        condition: (data) => data?.role === 'translator' || data?.role === 'reviewer',
      },
      access: { create: adminsOnlyField, update: adminsOnlyField },
    },
  ],
}
