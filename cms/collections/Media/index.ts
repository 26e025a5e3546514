import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { reviseInAssignedLocale } from '../../access/reviseInAssignedLocale'
import { dataDir } from '../../paths'
import { publicLibraryHooks } from '../contentDefaults'
import { collectionSlugs } from '../slugs'

/** Images, resized by sharp into WebP and AVIF; alt text is required and written per language. */
export const Media: CollectionConfig = {
  slug: collectionSlugs.media,
  labels: { singular: 'Image', plural: 'Images' },
  admin: { useAsTitle: 'filename', group: 'Library' },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  hooks: publicLibraryHooks,
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 78 } } },
      // AVIF is much slower to encode; effort 2 keeps uploads quick at a small cost in size.
      { name: 'cardAvif', width: 800, formatOptions: { format: 'avif', options: { quality: 55, effort: 2 } } },
      { name: 'share', width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 80 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'What the image shows, for people who cannot see it.' },
    },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text' },
  ],
}
