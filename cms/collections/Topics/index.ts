import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { reviseInAssignedLocale } from '../../access/reviseInAssignedLocale'
import { slugField } from '../../fields/slug'
import { publicLibraryHooks } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { textLimits } from '../../fields/textLimits'
import { adminLabel, collectionLabels } from '../../i18n/adminLabel'

/** Subjects that group content across collections (anti-corruption, asset recovery, …). */
export const Topics: CollectionConfig = {
  slug: collectionSlugs.topics,
  labels: collectionLabels('topics'),
  admin: { useAsTitle: 'name', group: adminLabel('group.taxonomy') },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  hooks: publicLibraryHooks,
  defaultSort: 'name',
  fields: [
    { name: 'name', label: adminLabel('field.name'), type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField({ from: 'name' }),
    { name: 'description', label: adminLabel('field.description'), type: 'textarea', localized: true, maxLength: textLimits.summary },
  ],
}
