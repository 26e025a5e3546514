import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { reviseInAssignedLocale } from '../../access/reviseInAssignedLocale'
import { slugField } from '../../fields/slug'
import { publicLibraryHooks } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { textLimits } from '../../fields/textLimits'

/** Subjects that group content across collections (anti-corruption, asset recovery, …). */
export const Topics: CollectionConfig = {
  slug: collectionSlugs.topics,
  labels: { singular: 'Topic', plural: 'Topics' },
  admin: { useAsTitle: 'name', group: 'Taxonomy' },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  hooks: publicLibraryHooks,
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: textLimits.title },
    slugField({ from: 'name' }),
    { name: 'description', type: 'textarea', localized: true, maxLength: textLimits.summary },
  ],
}
