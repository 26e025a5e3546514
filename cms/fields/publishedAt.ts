import type { DateField } from 'payload'

import { adminLabel } from '../i18n/adminLabel'

/** The date shown to readers and used for ordering; set to now on first publication when left empty. */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  label: adminLabel('field.publishedAt'),
  type: 'date',
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    beforeChange: [
      ({ value, siblingData }) => value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value),
    ],
  },
}
