import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { collectionSlugs } from '../../collectionSlugs'

/**
 * Old addresses of published items, recorded automatically when a published slug changes, so links that partners
 * made keep working: the site server answers them with a permanent redirect, and the build emits nginx and Caddy rules.
 */
export const Redirects: CollectionConfig = {
  slug: collectionSlugs.redirects,
  labels: { singular: 'Redirect', plural: 'Redirects' },
  admin: { useAsTitle: 'fromSlug', defaultColumns: ['fromSlug', 'collection', 'locale', 'createdAt'], group: 'Publishing' },
  access: { read: anyone, create: () => false, update: () => false, delete: editorsAndAdmins },
  fields: [
    { name: 'collection', type: 'text', required: true, index: true },
    { name: 'item', type: 'text', required: true, index: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'fromSlug', type: 'text', required: true, index: true },
  ],
}
