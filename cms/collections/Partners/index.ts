import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { translationPanelField } from '../../fields/translationPanel'
import { webAddress } from '../../fields/validators'
import { publishedAtField } from '../../fields/publishedAt'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { withSourcePanel } from '../../translation/sidebyside/withSourcePanel'
import { editorialAdmin, editorialCollection } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { textLimits } from '../../fields/textLimits'
import { adminLabel, adminOptions, collectionLabels } from '../../i18n/adminLabel'

export const partnerKinds = [
  'prosecution-service',
  'ministry-of-justice',
  'central-authority',
  'international-organization',
  'training-institution',
  'law-enforcement',
] as const

/** Partner agencies. */
export const Partners: CollectionConfig = {
  slug: collectionSlugs.partners,
  labels: collectionLabels('partners'),
  admin: { ...editorialAdmin, useAsTitle: 'name', defaultColumns: ['name', 'country', 'kind', '_status'] },
  ...editorialCollection,
  defaultSort: 'name',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'name', label: adminLabel('field.name'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField({ from: 'name' }),
    { name: 'description', label: adminLabel('field.description'), type: 'richText', localized: true },
    { name: 'country', label: adminLabel('field.country'), type: 'relationship', relationTo: collectionSlugs.countries },
    { name: 'kind', label: adminLabel('field.partnerKind'), type: 'select', required: true, options: adminOptions('option.partnerKind', partnerKinds) },
    {
      name: 'website',
      label: adminLabel('field.website'),
      type: 'text',
      validate: webAddress,
    },
    { name: 'agreements', label: adminLabel('field.agreements'), type: 'relationship', relationTo: collectionSlugs.documents, hasMany: true },
    { name: 'logo', label: adminLabel('field.logo'), type: 'upload', relationTo: collectionSlugs.media },
    publishedAtField,
    seoField,
  ])),
}
