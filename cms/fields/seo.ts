import type { GroupField } from 'payload'

import { collectionSlugs } from '../collectionSlugs'

/** Per-locale search-engine and social-sharing overrides; the site falls back to title, summary and cover. */
export const seoField: GroupField = {
  name: 'seo',
  type: 'group',
  label: 'SEO and sharing',
  admin: { position: 'sidebar' },
  fields: [
    { name: 'metaTitle', type: 'text', localized: true, maxLength: 70 },
    { name: 'metaDescription', type: 'textarea', localized: true, maxLength: 200 },
    { name: 'shareImage', type: 'upload', relationTo: collectionSlugs.media },
  ],
}
