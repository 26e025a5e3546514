import type { CollectionConfig } from 'payload'

import { lockSharedFields } from '../../fields/lockSharedFields'
import { publishedAtField } from '../../fields/publishedAt'
import { selectOptions } from '../../fields/selectOptions'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { countriesField, relatedItemsField, topicsField } from '../../fields/taxonomy'
import { withSourcePanel } from '../../translation/sidebyside/withSourcePanel'
import { translationPanelField } from '../../fields/translationPanel'
import { editorialAdmin, editorialCollection } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { cooperationTypes, crimeTypes } from './options'
import { textLimits } from '../../fields/textLimits'

/** Notable cases of cross-border cooperation. */
export const CaseHighlights: CollectionConfig = {
  slug: collectionSlugs.caseHighlights,
  labels: { singular: 'Case highlight', plural: 'Case highlights' },
  admin: { ...editorialAdmin, useAsTitle: 'title', defaultColumns: ['title', 'year', '_status'] },
  ...editorialCollection,
  defaultSort: '-publishedAt',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: textLimits.summary },
    { name: 'facts', type: 'richText', required: true, localized: true },
    { name: 'legalBasis', type: 'richText', localized: true },
    { name: 'outcome', type: 'richText', localized: true },
    { name: 'significance', type: 'richText', localized: true },
    { name: 'crimeTypes', type: 'select', hasMany: true, required: true, options: selectOptions(crimeTypes) },
    {
      name: 'cooperationTypes',
      type: 'select',
      hasMany: true,
      required: true,
      options: selectOptions(cooperationTypes),
    },
    { ...countriesField('countries', 'Countries involved'), required: true },
    { name: 'year', type: 'number', required: true, min: 1990, max: 2100 },
    { name: 'cover', type: 'upload', relationTo: collectionSlugs.media },
    publishedAtField,
    topicsField,
    relatedItemsField,
    seoField,
  ])),
}
