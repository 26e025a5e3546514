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
import { cooperationTypes, crimeTypes } from './options'
import { textLimits } from '../../fields/textLimits'
import { adminLabel, adminOptions, collectionLabels } from '../../i18n/adminLabel'

/** Notable cases of cross-border cooperation. */
export const CaseHighlights: CollectionConfig = {
  slug: collectionSlugs.caseHighlights,
  labels: collectionLabels('caseHighlights'),
  admin: { ...editorialAdmin, useAsTitle: 'title', defaultColumns: ['title', 'year', '_status'] },
  ...editorialCollection,
  defaultSort: '-publishedAt',
  fields: withSourcePanel(lockSharedFields([
    translationPanelField,
    { name: 'title', label: adminLabel('field.title'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    { name: 'summary', label: adminLabel('field.summary'), type: 'textarea', required: true, localized: true, maxLength: textLimits.summary },
    { name: 'facts', label: adminLabel('field.facts'), type: 'richText', required: true, localized: true },
    { name: 'legalBasis', label: adminLabel('field.legalBasis'), type: 'richText', localized: true },
    { name: 'outcome', label: adminLabel('field.outcome'), type: 'richText', localized: true },
    { name: 'significance', label: adminLabel('field.significance'), type: 'richText', localized: true },
    { name: 'crimeTypes', label: adminLabel('field.crimeTypes'), type: 'select', hasMany: true, required: true, options: adminOptions('option.crimeType', crimeTypes) },
    {
      name: 'cooperationTypes',
      label: adminLabel('field.cooperationTypes'),
      type: 'select',
      hasMany: true,
      required: true,
      options: adminOptions('option.cooperationType', cooperationTypes),
    },
    { ...countriesField('countries', adminLabel('field.countriesInvolved')), required: true },
    { name: 'year', label: adminLabel('field.year'), type: 'number', required: true, min: 1990, max: 2100 },
    { name: 'cover', label: adminLabel('field.cover'), type: 'upload', relationTo: collectionSlugs.media },
    publishedAtField,
    topicsField,
    relatedItemsField,
    seoField,
  ])),
}
