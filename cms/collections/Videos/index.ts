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

/** Self-hosted videos with captions per language; no third-party embeds. */
export const Videos: CollectionConfig = {
  slug: collectionSlugs.videos,
  labels: collectionLabels('videos'),
  admin: { ...editorialAdmin, useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'] },
  ...editorialCollection,
  defaultSort: '-publishedAt',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', label: adminLabel('field.title'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'description', label: adminLabel('field.description'), type: 'textarea', required: true, localized: true, maxLength: textLimits.summary },
    {
      name: 'video',
      label: adminLabel('field.video'),
      type: 'upload',
      relationTo: collectionSlugs.files,
      required: true,
      filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
      admin: { description: adminLabel('description.video') },
    },
    { name: 'poster', label: adminLabel('field.poster'), type: 'upload', relationTo: collectionSlugs.media },
    { name: 'duration', label: adminLabel('field.duration'), type: 'number', min: 0, admin: { description: adminLabel('description.duration') } },
    {
      name: 'captions',
      label: adminLabel('field.captions'),
      type: 'upload',
      relationTo: collectionSlugs.files,
      localized: true,
      filterOptions: { mimeType: { equals: 'text/vtt' } },
      admin: { description: adminLabel('description.captions') },
    },
    { name: 'transcript', label: adminLabel('field.transcript'), type: 'richText', localized: true },
    publishedAtField,
    topicsField,
    { ...countriesField(), admin: { position: 'sidebar' } },
    relatedItemsField,
    seoField,
  ])),
}
