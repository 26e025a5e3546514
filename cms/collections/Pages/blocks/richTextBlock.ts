import type { Block } from 'payload'

import { adminLabel, pluralLabels } from '../../../i18n/adminLabel'

export const richTextBlock: Block = {
  slug: 'richText',
  labels: pluralLabels('block.richText'),
  fields: [{ name: 'content', label: adminLabel('field.text'), type: 'richText', required: true, localized: true }],
}
