import type { Block } from 'payload'

export const contactBlock: Block = {
  slug: 'contact',
  labels: { singular: 'Contact details', plural: 'Contact details' },
  fields: [
    { name: 'email', type: 'email' },
    { name: 'phone', type: 'text' },
    { name: 'address', type: 'textarea', localized: true },
  ],
}
