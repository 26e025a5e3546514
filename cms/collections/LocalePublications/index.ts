import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { serverOnly } from '../../access/serverOnly'
import { localeCodes } from '../../locales'
import { collectionSlugs } from '../../collectionSlugs'
import { adminLabel, collectionLabels, localeOptions } from '../../i18n/adminLabel'

/**
 * The public truth per locale: one snapshot per (item, locale) of what readers see, written when that locale is
 * published and removed when it is unpublished. Payload's drafts and versions stay the working copy; publishing
 * Chinese writes Chinese here and leaves an unfinished French draft where it is. The export reads only this.
 */
export const LocalePublications: CollectionConfig = {
  slug: collectionSlugs.localePublications,
  labels: collectionLabels('localePublications'),
  admin: {
    group: adminLabel('group.translation'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'collection', 'locale', 'publishedAt', 'publishedBy'],
    description: adminLabel('collection.localePublications.description'),
  },
  access: { read: anyone, create: serverOnly, update: serverOnly, delete: serverOnly },
  defaultSort: '-publishedAt',
  indexes: [{ fields: ['collection', 'documentId', 'locale'], unique: true }],
  fields: [
    { name: 'collection', label: adminLabel('field.collection'), type: 'text', required: true, index: true },
    { name: 'documentId', label: adminLabel('field.documentId'), type: 'text', required: true, index: true },
    {
      name: 'locale',
      label: adminLabel('field.locale'),
      type: 'select',
      required: true,
      options: localeOptions(localeCodes),
    },
    { name: 'title', label: adminLabel('field.title'), type: 'text' },
    { name: 'data', label: adminLabel('field.publishedData'), type: 'json', required: true },
    { name: 'publishedAt', label: adminLabel('field.translationPublishedAt'), type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // Who published is for staff; the text itself is public.
    { name: 'publishedBy', label: adminLabel('field.publishedBy'), type: 'relationship', relationTo: collectionSlugs.users, access: { read: ({ req }) => Boolean(req.user) } },
    { name: 'sourceLocale', label: adminLabel('field.sourceLocale'), type: 'select', options: localeOptions(localeCodes) },
    { name: 'sourceHashes', label: adminLabel('field.sourceHashes'), type: 'json' },
  ],
}
