import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { reviseInAssignedLocale } from '../../access/reviseInAssignedLocale'
import { dataDir } from '../../paths'
import { answerMissingUploadFile } from '../../storage/missingUploadFile'
import { checkUploadedFile } from '../../uploads/checkUploadedFile'
import { acceptedMimeTypes } from '../../uploads/uploadKinds'
import { modifyUploadResponseHeaders } from '../../uploads/uploadResponseHeaders'
import { publicLibraryHooks } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { adminLabel, collectionLabels } from '../../i18n/adminLabel'

/** Images, resized by sharp into WebP and AVIF; alt text is required and written per language. */
export const Media: CollectionConfig = {
  slug: collectionSlugs.media,
  labels: collectionLabels('media'),
  admin: { useAsTitle: 'filename', group: adminLabel('group.library') },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  hooks: {
    ...publicLibraryHooks,
    // The file is what its bytes say, stored under its kind's extension, or refused (cms/uploads/).
    beforeOperation: [...(publicLibraryHooks?.beforeOperation ?? []), checkUploadedFile(collectionSlugs.media)],
  },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: acceptedMimeTypes(collectionSlugs.media),
    // No fetching from the network: an image is uploaded, never pasted as an address for the server to download.
    pasteURL: false,
    // The admin serves stored files so that they cannot run (cms/uploads/uploadResponseHeaders.ts).
    modifyResponseHeaders: modifyUploadResponseHeaders,
    // A name that is not a stored file: 404 with a message, not Payload's 500 (cms/storage/missingUploadFile.ts).
    handlers: [answerMissingUploadFile],
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
      label: adminLabel('field.alt'),
      type: 'text',
      required: true,
      localized: true,
      admin: { description: adminLabel('description.alt') },
    },
    { name: 'caption', label: adminLabel('field.caption'), type: 'text', localized: true },
    { name: 'credit', label: adminLabel('field.credit'), type: 'text' },
  ],
}
