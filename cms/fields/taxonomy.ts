import type { RelationshipField } from 'payload'

import { collectionSlugs, relatableCollections } from '../collectionSlugs'

export const topicsField: RelationshipField = {
  name: 'topics',
  type: 'relationship',
  relationTo: collectionSlugs.topics,
  hasMany: true,
  admin: { position: 'sidebar' },
}

export function countriesField(name = 'countries', label?: string): RelationshipField {
  return { name, label, type: 'relationship', relationTo: collectionSlugs.countries, hasMany: true }
}

export const relatedItemsField: RelationshipField = {
  name: 'related',
  label: 'Related items',
  type: 'relationship',
  relationTo: relatableCollections,
  hasMany: true,
}
