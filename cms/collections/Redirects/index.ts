import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { collectionSlugs } from '../../collectionSlugs'
import { adminLabel, collectionLabels } from '../../i18n/adminLabel'

/**
 * Old addresses of published items, recorded automatically when a published slug changes, so links that partners
 * made keep working: the site server answers them with a permanent redirect, and the build emits nginx and Caddy rules.
 */
export const Redirects: CollectionConfig = {
  slug: collectionSlugs.redirects,
  labels: collectionLabels('redirects'),
  admin: { useAsTitle: 'fromSlug', defaultColumns: ['fromSlug', 'collection', 'locale', 'createdAt'], group: adminLabel('group.publishing') },
  access: { read: anyone, create: () => false, update: () => false, delete: editorsAndAdmins },
  fields: [
    { name: 'collection', label: adminLabel('field.collection'), type: 'text', required: true, index: true },
    { name: 'item', label: adminLabel('field.item'), type: 'text', required: true, index: true },
    { name: 'locale', label: adminLabel('field.locale'), type: 'text', required: true },
    // The old address is a slug of this site (recorded when a published slug changes) or, for imported items, the
    // whole path the item had on the old site (`/2019/05/old-post/`), as a decoded path starting with one `/`.
    { name: 'fromSlug', label: adminLabel('field.fromSlug'), type: 'text', index: true },
    { name: 'fromPath', label: adminLabel('field.fromPath'), type: 'text', index: true },
  ],
}
