import type { Block } from 'payload'

import { adminLabel, pluralLabels } from '../../../i18n/adminLabel'

export const contactBlock: Block = {
  slug: 'contact',
  labels: pluralLabels('block.contact'),
  fields: [
    { name: 'email', label: adminLabel('field.email'), type: 'email' },
    { name: 'phone', label: adminLabel('field.phone'), type: 'text' },
    { name: 'address', label: adminLabel('field.address'), type: 'textarea', localized: true },
  ],
}
