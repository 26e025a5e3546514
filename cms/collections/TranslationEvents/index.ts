import type { CollectionConfig } from 'payload'

import { serverOnly } from '../../access/serverOnly'
import { signedIn } from '../../access/signedIn'
import { selectOptions } from '../../fields/selectOptions'
import { locales } from '../../locales'
import { translationEventActions } from '../../translation/types'
import { collectionSlugs } from '../../collectionSlugs'

/**
 * The audit trail of the translation workflow: who saved, submitted, approved, rejected, published or unpublished
 * which item in which locale, and when. Written in the same transaction as the action, so a failed action leaves
 * no trace here either.
 */
export const TranslationEvents: CollectionConfig = {
  slug: collectionSlugs.translationEvents,
  labels: { singular: 'Translation event', plural: 'Translation history' },
  admin: {
    group: 'Translation',
    defaultColumns: ['createdAt', 'action', 'locale', 'collection', 'documentId', 'user', 'note'],
    description: 'Who did what to which language of which item, and when.',
  },
  access: { read: signedIn, create: serverOnly, update: serverOnly, delete: serverOnly },
  defaultSort: '-createdAt',
  fields: [
    { name: 'collection', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: locales.map((locale) => ({ value: locale.code, label: locale.englishLabel })),
    },
    { name: 'action', type: 'select', required: true, options: selectOptions(translationEventActions) },
    { name: 'user', type: 'relationship', relationTo: collectionSlugs.users },
    { name: 'note', type: 'textarea' },
  ],
}
