import type { GroupField } from 'payload'

import { collectionSlugs } from '../collectionSlugs'
import { adminLabel } from '../i18n/adminLabel'

/** Per-locale search-engine and social-sharing overrides; the site falls back to title, summary and cover. */
export const seoField: GroupField = {
  name: 'seo',
  type: 'group',
  label: adminLabel('field.seo'),
  admin: { position: 'sidebar' },
  fields: [
    { name: 'metaTitle', label: adminLabel('field.metaTitle'), type: 'text', localized: true, maxLength: 70 },
    { name: 'metaDescription', label: adminLabel('field.metaDescription'), type: 'textarea', localized: true, maxLength: 200 },
    { name: 'shareImage', label: adminLabel('field.shareImage'), type: 'upload', relationTo: collectionSlugs.media },
  ],
}
