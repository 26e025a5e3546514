import type { CollectionConfig } from 'payload'

import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { serverOnly } from '../../access/serverOnly'
import { collectionSlugs } from '../../collectionSlugs'
import { adminLabel, collectionLabels } from '../../i18n/adminLabel'

/**
 * Where each entry of an imported archive went: the source system and the source's own id (a WordPress post id, a
 * feed item's id) → the Concord item and locale. The importer (cms/import/) finds items here on a re-run, so it
 * updates instead of duplicating, and skips entries whose signature has not changed. Kept apart from the items
 * themselves so nothing of the old system reaches the public API or the export: staff may read it, only the
 * importer writes it.
 */
export const ImportRecords: CollectionConfig = {
  slug: collectionSlugs.importRecords,
  labels: collectionLabels('importRecords'),
  admin: {
    group: adminLabel('group.publishing'),
    useAsTitle: 'sourceId',
    defaultColumns: ['sourceId', 'system', 'collection', 'item', 'locale', 'updatedAt'],
    description: adminLabel('collection.importRecords.description'),
  },
  access: { read: editorsAndAdmins, create: serverOnly, update: serverOnly, delete: editorsAndAdmins },
  indexes: [{ fields: ['system', 'sourceId'], unique: true }],
  fields: [
    { name: 'system', label: adminLabel('field.importSystem'), type: 'text', required: true, index: true, admin: { description: adminLabel('description.importSystem') } },
    { name: 'sourceId', label: adminLabel('field.sourceId'), type: 'text', required: true, index: true },
    { name: 'collection', label: adminLabel('field.collection'), type: 'text', required: true },
    { name: 'item', label: adminLabel('field.item'), type: 'text', required: true, index: true },
    { name: 'locale', label: adminLabel('field.locale'), type: 'text' },
    { name: 'signature', label: adminLabel('field.importSignature'), type: 'text', admin: { description: adminLabel('description.importSignature') } },
  ],
}
