import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { detectUploadKind, type UploadRefusal } from './detectUploadKind'
import { allowedUploadKinds, storedName, type UploadCollection, uploadKinds } from './uploadKinds'
import { type UploadRefusalReason, uploadRefusalMessage } from './uploadMessages'

/**
 * A `beforeOperation` hook for an upload collection: runs before Payload names and stores the file, on every way a
 * file comes in (admin, REST, Local API `file`/`filePath`, the seed). The file is kept only when its bytes are of a
 * kind the collection accepts; it is then stored with that kind's MIME type and extension, whatever its name and
 * declared type said (`x.html` that is a PNG becomes `x.png`). Otherwise the save fails with a 4xx naming the file.
 */
export function checkUploadedFile(collection: UploadCollection): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) {
      // Payload would fetch a create's `url` itself, past this check (and out to the network): refused.
      const data = (args as { data?: Record<string, unknown> }).data
      if (operation === 'create' && typeof data?.url === 'string' && typeof data.filename === 'string') {
        throw refusal(collection, 'remoteFetch', data.filename, req.i18n?.language)
      }
      return args
    }
    const verdict = await detectUploadKind(collection, file)
    if ('refused' in verdict) throw refusal(collection, verdict.refused, file.name, req.i18n?.language)
    req.file = { ...file, name: storedName(file.name, verdict.kind), mimetype: uploadKinds[verdict.kind].mime }
    return args
  }
}

/** 415 for a kind the collection does not keep, 400 for a file that is not what it claims or is two things at once. */
function refusal(collection: UploadCollection, refused: UploadRefusal | 'remoteFetch', uploadedName: string, language: string | undefined): APIError {
  const allowed = allowedUploadKinds[collection].map((name) => uploadKinds[name].label).join(', ')
  const file = displayName(uploadedName)
  let reason: UploadRefusalReason
  const values: Record<string, string | number> = { file, allowed }
  if (refused === 'remoteFetch') reason = 'remoteFetch'
  else if (refused.reason === 'notAllowed') {
    reason = refused.detected ? 'notAllowed' : 'notAllowedUnknown'
    values.detected = refused.detected ?? ''
  } else {
    reason = refused.reason
    if (refused.reason === 'captionsInvalid') values.line = refused.line
  }
  const status = reason === 'notAllowed' || reason === 'notAllowedUnknown' ? 415 : 400
  return new APIError(uploadRefusalMessage(reason, language, values), status, { file, reason }, true)
}

/** The uploaded name as a person would recognise it: no folders, no control characters, not endless. */
function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[/\\]/).pop()!.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  return base.length > 120 ? `${base.slice(0, 117)}…` : base || 'upload'
}
