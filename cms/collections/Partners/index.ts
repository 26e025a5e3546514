import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { selectOptions } from '../../fields/selectOptions'
import { translationPanelField } from '../../fields/translationPanel'
import { webAddress } from '../../fields/validators'
import { publishedAtField } from '../../fields/publishedAt'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { withSourcePanel } from '../../translation/sidebyside/withSourcePanel'
import { editorialAdmin, editorialCollection } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { textLimits } from '../../fields/textLimits'

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
  labels: { singular: 'Partner', plural: 'Partners' },
  admin: { ...editorialAdmin, useAsTitle: 'name', defaultColumns: ['name', 'country', 'kind', '_status'] },
  ...editorialCollection,
  defaultSort: 'name',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'name', type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField({ from: 'name' }),
    { name: 'description', type: 'richText', localized: true },
    { name: 'country', type: 'relationship', relationTo: collectionSlugs.countries },
    { name: 'kind', type: 'select', required: true, options: selectOptions(partnerKinds) },
    {
      name: 'website',
      type: 'text',
      validate: webAddress,
    },
    { name: 'agreements', type: 'relationship', relationTo: collectionSlugs.documents, hasMany: true },
    { name: 'logo', type: 'upload', relationTo: collectionSlugs.media },
    publishedAtField,
    seoField,
  ])),
}
