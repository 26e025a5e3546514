import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { collectionSlugs } from '../collectionSlugs'
import { s3Settings } from './s3Settings'

// The registry has @payloadcms/storage-s3 (and the @payloadcms/plugin-cloud-storage it builds on) at 3.90.1 only,
// beside payload 3.90.2: pinned exactly, with package.json `overrides` making them use our payload and
// @payloadcms/ui, and Payload's development-mode dependency checker, which would refuse to start over the
// patch-level difference, off (as in cms/email.ts). Remove once 3.90.2 or later is installable.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/**
 * Where the images and files collections keep their files, chosen by the environment alone (cms/storage/s3Settings.ts):
 * on the admin's disk under `CONCORD_DATA_DIR` by default, or, with `S3_BUCKET` set, in an S3 bucket through
 * Payload's S3 adapter — local storage then off, so nothing piles up on the admin's disk, and every admin instance
 * sees the same files. Objects are named `media/<file>` and `files/<file>`.
 *
 * The adapter is always installed, switched off without a bucket (`enabled: false`): with `alwaysInsertFields` the
 * fields it keeps per upload (`prefix`, `_objectKey`) and the admin's import map are then the same with or without
 * S3, so turning S3 on needs no migration and no admin rebuild.
 *
 * Uploads go through the admin (never straight from the browser to the bucket: `clientUploads` off), so every file
 * is still checked by its bytes (cms/uploads/checkUploadedFile.ts) before it is stored.
 */
export function storagePlugins(environment: Record<string, string | undefined> = process.env): Plugin[] {
  const settings = s3Settings(environment)
  return [
    s3Storage({
      enabled: Boolean(settings),
      alwaysInsertFields: true,
      bucket: settings?.bucket ?? '',
      config: settings?.client ?? {},
      collections: {
        [collectionSlugs.media]: { prefix: 'media' },
        [collectionSlugs.files]: { prefix: 'files' },
      },
    }),
  ]
}

export { s3Settings, s3Variables, type S3Settings } from './s3Settings'
