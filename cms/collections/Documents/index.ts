import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { selectOptions } from '../../fields/selectOptions'
import { publishedAtField } from '../../fields/publishedAt'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { countriesField, topicsField } from '../../fields/taxonomy'
import { withSourcePanel } from '../../translation/sidebyside/withSourcePanel'
import { translationPanelField } from '../../fields/translationPanel'
import { editorialAdmin, editorialCollection } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { textLimits } from '../../fields/textLimits'

export const documentTypes = ['guideline', 'treaty', 'memorandum', 'manual', 'report'] as const

/** The legal document library: one file per language where a translation exists. */
export const Documents: CollectionConfig = {
  slug: collectionSlugs.documents,
  labels: { singular: 'Document', plural: 'Documents' },
  admin: { ...editorialAdmin, useAsTitle: 'title', defaultColumns: ['title', 'documentType', 'date', '_status'] },
  ...editorialCollection,
  defaultSort: '-date',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: textLimits.summary },
    { name: 'documentType', type: 'select', required: true, options: selectOptions(documentTypes) },
    { name: 'issuingBody', type: 'text', required: true, localized: true, maxLength: textLimits.title },
    { name: 'date', type: 'date', required: true, index: true },
    {
      name: 'file',
      type: 'upload',
      relationTo: collectionSlugs.files,
      localized: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: 'The PDF in this language, where a translation exists.' },
    },
    publishedAtField,
    topicsField,
    { ...countriesField(), admin: { position: 'sidebar' } },
    seoField,
  ])),
}
