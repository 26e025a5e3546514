import type { Block } from 'payload'

import { adminLabel, pluralLabels } from '../../../i18n/adminLabel'

/** Key figures (a number and what it counts), shown as a row of facts. */
export const factsBlock: Block = {
  slug: 'facts',
  labels: pluralLabels('block.facts'),
  fields: [
    {
      name: 'items',
      label: adminLabel('field.figures'),
      labels: pluralLabels('row.figure'),
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'value', label: adminLabel('field.figureValue'), type: 'number', required: true },
        { name: 'label', label: adminLabel('field.figureLabel'), type: 'text', required: true, localized: true },
      ],
    },
  ],
}
