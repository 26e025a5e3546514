import type { CollectionConfig } from 'payload'

import { serverOnly } from '../../access/serverOnly'
import { signedIn } from '../../access/signedIn'
import { localeCodes } from '../../locales'
import { translationStatuses } from '../../translation/types'
import { collectionSlugs } from '../../collectionSlugs'
import { adminLabel, adminOptions, collectionLabels, localeOptions } from '../../i18n/adminLabel'

const languageOptions = localeOptions(localeCodes)

/**
 * The translation state of each item in each locale, the source included: its workflow status, which fields are
 * outdated against the source, whether a machine made it, who it is assigned to. Kept up to date by hooks and the
 * workflow actions (`cms/translation/`); staff read it in the dashboard and the edit view.
 */
export const Translations: CollectionConfig = {
  slug: collectionSlugs.translations,
  labels: collectionLabels('translations'),
  admin: {
    group: adminLabel('group.translation'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'collection', 'locale', 'status', 'outdated', 'machineTranslated', 'assignee', 'updatedAt'],
    description: adminLabel('collection.translations.description'),
  },
  access: { read: signedIn, create: serverOnly, update: serverOnly, delete: serverOnly },
  defaultSort: '-updatedAt',
  indexes: [{ fields: ['collection', 'documentId', 'locale'], unique: true }],
  fields: [
    { name: 'collection', label: adminLabel('field.collection'), type: 'text', required: true, index: true },
    { name: 'documentId', label: adminLabel('field.documentId'), type: 'text', required: true, index: true },
    { name: 'locale', label: adminLabel('field.locale'), type: 'select', required: true, index: true, options: languageOptions },
    { name: 'title', label: adminLabel('field.title'), type: 'text' },
    { name: 'status', label: adminLabel('field.translationStatus'), type: 'select', required: true, index: true, defaultValue: 'missing', options: adminOptions('status', translationStatuses) },
    { name: 'changedSincePublish', label: adminLabel('field.changedSincePublish'), type: 'checkbox', defaultValue: false },
    { name: 'sourceLocale', label: adminLabel('field.sourceLocale'), type: 'select', options: languageOptions },
    {
      name: 'fields',
      label: adminLabel('field.recordedSources'),
      type: 'json',
      admin: { description: adminLabel('description.recordedSources') },
    },
    { name: 'outdatedFields', label: adminLabel('field.outdatedFields'), type: 'json' },
    { name: 'outdated', label: adminLabel('field.outdated'), type: 'checkbox', defaultValue: false, index: true },
    { name: 'machineTranslated', label: adminLabel('field.machineTranslated'), type: 'checkbox', defaultValue: false },
    { name: 'assignee', label: adminLabel('field.assignee'), type: 'relationship', relationTo: collectionSlugs.users, index: true },
    { name: 'lastActor', label: adminLabel('field.lastActor'), type: 'relationship', relationTo: collectionSlugs.users },
    { name: 'publishedAt', label: adminLabel('field.translationPublishedAt'), type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', label: adminLabel('field.note'), type: 'textarea' },
  ],
}
