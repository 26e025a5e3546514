import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { withSourcePanel } from '../../translation/sidebyside/withSourcePanel'
import { translationPanelField } from '../../fields/translationPanel'
import { editorialAdmin, editorialCollection } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { contactBlock } from './blocks/contactBlock'
import { factsBlock } from './blocks/factsBlock'
import { richTextBlock } from './blocks/richTextBlock'
import { textLimits } from '../../fields/textLimits'
import { adminLabel, collectionLabels } from '../../i18n/adminLabel'

/** Standing pages (about, contact, legal notices) built from a few blocks. */
export const Pages: CollectionConfig = {
  slug: collectionSlugs.pages,
  labels: collectionLabels('pages'),
  admin: { ...editorialAdmin, useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'] },
  ...editorialCollection,
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', label: adminLabel('field.title'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'summary', label: adminLabel('field.summary'), type: 'textarea', localized: true, maxLength: textLimits.summary },
    { name: 'layout', label: adminLabel('field.layout'), type: 'blocks', required: true, blocks: [richTextBlock, factsBlock, contactBlock] },
    seoField,
  ])),
}
