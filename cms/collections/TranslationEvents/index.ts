import type { CollectionConfig } from 'payload'

import { serverOnly } from '../../access/serverOnly'
import { signedIn } from '../../access/signedIn'
import { localeCodes } from '../../locales'
import { translationEventActions } from '../../translation/types'
import { collectionSlugs } from '../../collectionSlugs'
import { adminLabel, adminOptions, collectionLabels, localeOptions } from '../../i18n/adminLabel'

/**
 * The audit trail of the translation workflow: who saved, submitted, approved, rejected, published or unpublished
 * which item in which locale, and when. Written in the same transaction as the action, so a failed action leaves
 * no trace here either.
 */
export const TranslationEvents: CollectionConfig = {
  slug: collectionSlugs.translationEvents,
  labels: collectionLabels('translationEvents'),
  admin: {
    group: adminLabel('group.translation'),
    defaultColumns: ['createdAt', 'action', 'locale', 'collection', 'documentId', 'user', 'note'],
    description: adminLabel('collection.translationEvents.description'),
  },
  access: { read: signedIn, create: serverOnly, update: serverOnly, delete: serverOnly },
  defaultSort: '-createdAt',
  fields: [
    { name: 'collection', label: adminLabel('field.collection'), type: 'text', required: true, index: true },
    { name: 'documentId', label: adminLabel('field.documentId'), type: 'text', required: true, index: true },
    {
      name: 'locale',
      label: adminLabel('field.locale'),
      type: 'select',
      required: true,
      index: true,
      options: localeOptions(localeCodes),
    },
    { name: 'action', label: adminLabel('field.action'), type: 'select', required: true, options: adminOptions('event', translationEventActions) },
    { name: 'user', label: adminLabel('field.user'), type: 'relationship', relationTo: collectionSlugs.users },
    { name: 'note', label: adminLabel('field.note'), type: 'textarea' },
  ],
}
