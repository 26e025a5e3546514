import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { selectOptions } from '../../fields/selectOptions'
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

export const eventTypes = ['conference', 'forum', 'training', 'meeting', 'visit'] as const

/** Conferences, forums, trainings and visits. */
export const Events: CollectionConfig = {
  slug: collectionSlugs.events,
  labels: { singular: 'Event', plural: 'Events' },
  admin: { ...editorialAdmin, useAsTitle: 'title', defaultColumns: ['title', 'startDate', 'eventType', '_status'] },
  ...editorialCollection,
  defaultSort: '-startDate',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: textLimits.summary },
    { name: 'eventType', type: 'select', required: true, options: selectOptions(eventTypes) },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true, index: true },
        {
          name: 'endDate',
          type: 'date',
          validate: endDateNotBeforeStart,
        },
      ],
    },
    { name: 'place', type: 'text', required: true, localized: true, maxLength: textLimits.title },
    countriesField('participatingCountries', 'Participating countries'),
    { name: 'outcomes', type: 'richText', localized: true },
    { name: 'documents', type: 'relationship', relationTo: collectionSlugs.documents, hasMany: true },
    { name: 'cover', type: 'upload', relationTo: collectionSlugs.media },
    { name: 'gallery', type: 'upload', relationTo: collectionSlugs.media, hasMany: true },
    publishedAtField,
    topicsField,
    relatedItemsField,
    seoField,
  ])),
}
