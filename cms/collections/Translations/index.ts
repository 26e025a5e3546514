import type { CollectionConfig } from 'payload'

import { serverOnly } from '../../access/serverOnly'
import { signedIn } from '../../access/signedIn'
import { locales } from '../../locales'
import { translationStatusLabels, translationStatuses } from '../../translation/types'
import { collectionSlugs } from '../../collectionSlugs'

const localeOptions = locales.map((locale) => ({ value: locale.code, label: locale.englishLabel }))

/**
 * The translation state of each item in each locale, the source included: its workflow status, which fields are
 * outdated against the source, whether a machine made it, who it is assigned to. Kept up to date by hooks and the
 * workflow actions (`cms/translation/`); staff read it in the dashboard and the edit view.
 */
export const Translations: CollectionConfig = {
  slug: collectionSlugs.translations,
  labels: { singular: 'Translation', plural: 'Translations' },
  admin: {
    group: 'Translation',
    useAsTitle: 'title',
    defaultColumns: ['title', 'collection', 'locale', 'status', 'outdated', 'machineTranslated', 'assignee', 'updatedAt'],
    description: 'Translation status per item and language, kept up to date automatically. Act on it from the item.',
  },
  access: { read: signedIn, create: serverOnly, update: serverOnly, delete: serverOnly },
  defaultSort: '-updatedAt',
  indexes: [{ fields: ['collection', 'documentId', 'locale'], unique: true }],
  fields: [
    { name: 'collection', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'locale', type: 'select', required: true, index: true, options: localeOptions },
    { name: 'title', type: 'text' },
    { name: 'status', type: 'select', required: true, index: true, defaultValue: 'missing', options: translationStatuses.map((value) => ({ value, label: translationStatusLabels[value] })) },
    { name: 'changedSincePublish', type: 'checkbox', defaultValue: false },
    { name: 'sourceLocale', type: 'select', options: localeOptions },
    {
      name: 'fields',
      type: 'json',
      admin: { description: 'Per field: the source text it was last translated from.' },
    },
    { name: 'outdatedFields', type: 'json' },
    { name: 'outdated', type: 'checkbox', defaultValue: false, index: true },
    { name: 'machineTranslated', type: 'checkbox', defaultValue: false },
    { name: 'assignee', type: 'relationship', relationTo: collectionSlugs.users, index: true },
    { name: 'lastActor', type: 'relationship', relationTo: collectionSlugs.users },
    { name: 'publishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'textarea' },
  ],
}
