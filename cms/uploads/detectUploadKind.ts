/**
 * Decides what an upload is from its bytes, never from its name or the type the browser declared: file-type reads
 * the signatures of binary formats (and the `WEBVTT` header of captions), then captions are checked whole
 * (checkCaptions.ts). The answer is a kind the collection accepts, or the reason it is refused.
 */
import fs from 'node:fs'

import { fileTypeFromBuffer } from 'file-type'

import { type CaptionProblem, captionProblem, maxCaptionBytes } from './checkCaptions'
import { allowedUploadKinds, kindOfMime, type UploadCollection, type UploadKindName } from './uploadKinds'

export type UploadRefusal =
  /** The bytes are of no kind this collection keeps (detected: the MIME type file-type found, if any). */
  | { reason: 'notAllowed'; detected?: string }
  | { reason: 'unreadable' }
  | CaptionProblem

export type UploadVerdict = { kind: UploadKindName } | { refused: UploadRefusal }

/** The bytes of an uploaded file: in memory, or in Payload's temporary file when it buffers uploads on disk. */
export interface UploadedBytes {
  data?: Buffer
  tempFilePath?: string
}

export async function detectUploadKind(collection: UploadCollection, file: UploadedBytes): Promise<UploadVerdict> {
  let bytes: Buffer
  try {
    bytes = file.data && file.data.length > 0 ? file.data : await readHead(file.tempFilePath)
  } catch {
    return { refused: { reason: 'unreadable' } }
  }
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined)
  const kind = kindOfMime(detected?.mime)
  if (!kind || !(allowedUploadKinds[collection] as readonly string[]).includes(kind)) {
    return { refused: { reason: 'notAllowed', detected: detected?.mime } }
  }
  if (kind === 'vtt') {
    // Captions are checked whole: read all of a temporary file (up to the caption limit, past which it is refused).
    const whole = file.data && file.data.length > 0 ? file.data : await readHead(file.tempFilePath, maxCaptionBytes + 1)
    const problem = captionProblem(whole)
    if (problem) return { refused: problem }
  }
  return { kind }
}

/** The first bytes of a file: enough for every signature file-type knows. */
async function readHead(file: string | undefined, length = 64 * 1024): Promise<Buffer> {
  if (!file) throw new Error('The upload has no content.')
  const handle = await fs.promises.open(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
