import type { RelationshipField } from 'payload'

import { collectionSlugs, relatableCollections } from '../collectionSlugs'
import { adminLabel, type AdminLabel } from '../i18n/adminLabel'

export const topicsField: RelationshipField = {
  name: 'topics',
  type: 'relationship',
  label: adminLabel('field.topics'),
  relationTo: collectionSlugs.topics,
  hasMany: true,
  admin: { position: 'sidebar' },
}

export function countriesField(name = 'countries', label: AdminLabel = adminLabel('field.countries')): RelationshipField {
  return { name, label, type: 'relationship', relationTo: collectionSlugs.countries, hasMany: true }
}

export const relatedItemsField: RelationshipField = {
  name: 'related',
  label: adminLabel('field.related'),
  type: 'relationship',
  relationTo: relatableCollections,
  hasMany: true,
}
