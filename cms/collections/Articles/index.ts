import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { publishedAtField } from '../../fields/publishedAt'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { countriesField, relatedItemsField, topicsField } from '../../fields/taxonomy'
import { withSourcePanel } from '../../translation/sidebyside/withSourcePanel'
import { translationPanelField } from '../../fields/translationPanel'
import { editorialAdmin, editorialCollection } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { textLimits } from '../../fields/textLimits'
import { adminLabel, collectionLabels } from '../../i18n/adminLabel'

/** News articles. */
export const Articles: CollectionConfig = {
  slug: collectionSlugs.articles,
  labels: collectionLabels('articles'),
  admin: {
    ...editorialAdmin,
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
  },
  ...editorialCollection,
  defaultSort: '-publishedAt',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', label: adminLabel('field.title'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'summary', label: adminLabel('field.summary'), type: 'textarea', required: true, localized: true, maxLength: textLimits.summary },
    { name: 'body', label: adminLabel('field.body'), type: 'richText', required: true, localized: true },
    { name: 'cover', label: adminLabel('field.cover'), type: 'upload', relationTo: collectionSlugs.media },
    { name: 'source', label: adminLabel('field.source'), type: 'text', localized: true, maxLength: textLimits.title, admin: { description: adminLabel('description.source') } },
    publishedAtField,
    topicsField,
    { ...countriesField(), admin: { position: 'sidebar' } },
    relatedItemsField,
    seoField,
  ])),
}
