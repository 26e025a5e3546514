import type { Block } from 'payload'

/** Key figures (a number and what it counts), shown as a row of facts. */
export const factsBlock: Block = {
  slug: 'facts',
  labels: { singular: 'Key figures', plural: 'Key figures' },
  fields: [
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'value', type: 'number', required: true },
        { name: 'label', type: 'text', required: true, localized: true },
      ],
    },
  ],
}
