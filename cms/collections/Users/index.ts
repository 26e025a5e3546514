import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField } from '../../access/adminsOnly'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { roles } from '../../access/roles'
import { localeCodes, locales } from '../../locales'
import { selectOptions } from '../../fields/selectOptions'
import { collectionSlugs } from '../../collectionSlugs'
import { clearSignInAttempts, throttleSignIn } from '../../auth/signInThrottle'
import { throttlePasswordResets } from '../../auth/passwordResetThrottle'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

/**
 * Staff accounts. Roles: admin (everything), editor (all content, all locales, publishing), translator (drafts in
 * assigned locales, never the default-locale source), reviewer (approves and publishes assigned locales).
 * Only an admin can give or change a role or locales, on create, update and duplicate alike.
 */
export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  labels: { singular: 'User', plural: 'Users' },
  // Attempts are counted by Concord's own throttle (cms/auth/): atomically, and per address whether or not an account
  // has it. Payload's counters are off: they let parallel attempts through and reset e-mails fail on SQLite.
  auth: { maxLoginAttempts: 0, forgotPassword: { minRequestInterval: 0 } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'assignedLocales'], group: 'Administration' },
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
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'translator',
      saveToJWT: true,
      options: selectOptions(roles),
      access: { create: adminsOnlyField, update: adminsOnlyField },
    },
    {
      // Not `locales`: the SQLite adapter reserves `<table>_locales` for localized columns.
      name: 'assignedLocales',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: locales.map((locale) => ({ value: locale.code, label: locale.englishLabel })),
      validate: (value: unknown) =>
        !value || (Array.isArray(value) && value.every((code) => (localeCodes as string[]).includes(code)))
          ? true
          : 'Unknown locale.',
      admin: {
        description: 'The languages a translator or reviewer works on.',
        condition: (data) => data?.role === 'translator' || data?.role === 'reviewer',
      },
      access: { create: adminsOnlyField, update: adminsOnlyField },
    },
  ],
}
