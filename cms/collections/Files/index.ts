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

/** Downloadable and streamed files: document PDFs, self-hosted video, WebVTT captions. */
export const Files: CollectionConfig = {
  slug: collectionSlugs.files,
  labels: collectionLabels('files'),
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'mimeType', 'filesize'], group: adminLabel('group.library') },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  hooks: {
    // A changed or deleted file changes the pages that link it: the site is rebuilt, and a deleted file leaves it.
    ...publicLibraryHooks,
    // The file is what its bytes say, stored under its kind's extension, or refused (cms/uploads/).
    beforeOperation: [...(publicLibraryHooks?.beforeOperation ?? []), checkUploadedFile(collectionSlugs.files)],
  },
  upload: {
    staticDir: path.join(dataDir, 'files'),
    mimeTypes: acceptedMimeTypes(collectionSlugs.files),
    // No fetching from the network: a file is uploaded, never pasted as an address for the server to download.
    pasteURL: false,
    // The admin serves stored files so that they cannot run (cms/uploads/uploadResponseHeaders.ts).
    modifyResponseHeaders: modifyUploadResponseHeaders,
    // A name that is not a stored file: 404 with a message, not Payload's 500 (cms/storage/missingUploadFile.ts).
    handlers: [answerMissingUploadFile],
  },
  fields: [{ name: 'description', label: adminLabel('field.fileDescription'), type: 'text', localized: true }],
}
