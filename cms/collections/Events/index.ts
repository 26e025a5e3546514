import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { translationPanelField } from '../../fields/translationPanel'
import { endDateNotBeforeStart } from '../../fields/validators'
import { publishedAtField } from '../../fields/publishedAt'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { countriesField, relatedItemsField, topicsField } from '../../fields/taxonomy'
import { withSourcePanel } from '../../translation/sidebyside/withSourcePanel'
import { editorialAdmin, editorialCollection } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { textLimits } from '../../fields/textLimits'
import { adminLabel, adminOptions, collectionLabels } from '../../i18n/adminLabel'

export const eventTypes = ['conference', 'forum', 'training', 'meeting', 'visit'] as const

/** Conferences, forums, trainings and visits. */
export const Events: CollectionConfig = {
  slug: collectionSlugs.events,
  labels: collectionLabels('events'),
  admin: { ...editorialAdmin, useAsTitle: 'title', defaultColumns: ['title', 'startDate', 'eventType', '_status'] },
  ...editorialCollection,
  defaultSort: '-startDate',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', label: adminLabel('field.title'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'summary', label: adminLabel('field.summary'), type: 'textarea', required: true, localized: true, maxLength: textLimits.summary },
    { name: 'eventType', label: adminLabel('field.eventType'), type: 'select', required: true, options: adminOptions('option.eventType', eventTypes) },
    {
      type: 'row',
      fields: [
        { name: 'startDate', label: adminLabel('field.startDate'), type: 'date', required: true, index: true },
        {
          name: 'endDate',
          label: adminLabel('field.endDate'),
          type: 'date',
          validate: endDateNotBeforeStart,
        },
      ],
    },
    { name: 'place', label: adminLabel('field.place'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    countriesField('participatingCountries', adminLabel('field.participatingCountries')),
    { name: 'outcomes', label: adminLabel('field.outcomes'), type: 'richText', localized: true },
    { name: 'documents', label: adminLabel('field.documents'), type: 'relationship', relationTo: collectionSlugs.documents, hasMany: true },
    { name: 'cover', label: adminLabel('field.cover'), type: 'upload', relationTo: collectionSlugs.media },
    { name: 'gallery', label: adminLabel('field.gallery'), type: 'upload', relationTo: collectionSlugs.media, hasMany: true },
    publishedAtField,
    topicsField,
    relatedItemsField,
    seoField,
  ])),
}
