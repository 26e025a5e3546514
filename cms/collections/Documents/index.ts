import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { publishedAtField } from '../../fields/publishedAt'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { countriesField, topicsField } from '../../fields/taxonomy'
import { withSourcePanel } from '../../translation/sidebyside/withSourcePanel'
import { translationPanelField } from '../../fields/translationPanel'
import { editorialAdmin, editorialCollection } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { textLimits } from '../../fields/textLimits'
import { adminLabel, adminOptions, collectionLabels } from '../../i18n/adminLabel'

export const documentTypes = ['guideline', 'treaty', 'memorandum', 'manual', 'report'] as const

/** The legal document library: one file per language where a translation exists. */
export const Documents: CollectionConfig = {
  slug: collectionSlugs.documents,
  labels: collectionLabels('documents'),
  admin: { ...editorialAdmin, useAsTitle: 'title', defaultColumns: ['title', 'documentType', 'date', '_status'] },
  ...editorialCollection,
  defaultSort: '-date',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', label: adminLabel('field.title'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'summary', label: adminLabel('field.summary'), type: 'textarea', required: true, localized: true, maxLength: textLimits.summary },
    { name: 'documentType', label: adminLabel('field.documentType'), type: 'select', required: true, options: adminOptions('option.documentType', documentTypes) },
    { name: 'issuingBody', label: adminLabel('field.issuingBody'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    { name: 'date', label: adminLabel('field.date'), type: 'date', required: true, index: true },
    {
      name: 'file',
      label: adminLabel('field.documentFile'),
      type: 'upload',
      relationTo: collectionSlugs.files,
      localized: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: adminLabel('description.documentFile') },
    },
    publishedAtField,
    topicsField,
    { ...countriesField(), admin: { position: 'sidebar' } },
    seoField,
  ])),
}
