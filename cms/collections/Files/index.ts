import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { reviseInAssignedLocale } from '../../access/reviseInAssignedLocale'
import { dataDir } from '../../paths'
import { collectionSlugs } from '../slugs'

/** Downloadable and streamed files: document PDFs, self-hosted video, WebVTT captions. */
export const Files: CollectionConfig = {
  slug: collectionSlugs.files,
  labels: { singular: 'File', plural: 'Files' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'mimeType', 'filesize'], group: 'Library' },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  upload: {
    staticDir: path.join(dataDir, 'files'),
    mimeTypes: ['application/pdf', 'video/mp4', 'video/webm', 'text/vtt'],
  },
  fields: [{ name: 'description', type: 'text', localized: true }],
}
