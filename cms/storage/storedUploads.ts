import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream } from 'node:stream/web'

import { createLocalReq, type Payload, type PayloadRequest, type TypeWithID } from 'payload'

import { isCollectionSlug } from '../isCollectionSlug'

/** An upload document as read through the Local API (depth 0). */
export type StoredUpload = TypeWithID & { filename?: unknown }

/**
 * Returns a function that puts an upload's stored original at `target`: a hard link to the file in the collection's
 * upload folder when uploads are on disk (nothing is copied), or, when local storage is off (uploads on S3,
 * cms/storage/index.ts), the file read through the collection's own file handlers — the ones Payload runs for
 * `GET /api/<collection>/file/<name>`, which the storage adapter provides.
 *
 * Going through the handlers rather than an S3 client of our own keeps one source of truth: the adapter that wrote
 * the object finds it (its key prefixes, its per-document object keys, its credentials and endpoint, nothing else:
 * no file is ever fetched from anywhere `S3_ENDPOINT` does not name), and another adapter would work unchanged.
 */
export function storedUploadReader(payload: Payload) {
  let localRequest: Promise<PayloadRequest> | undefined
  return async (collection: string, doc: StoredUpload, target: string) => {
    const upload = isCollectionSlug(payload, collection) ? payload.collections[collection].config.upload : undefined
    const filename = String(doc.filename ?? '')
    if (!upload || !filename) return
    fs.mkdirSync(path.dirname(target), { recursive: true })
    if (!upload.disableLocalStorage) {
      linkOrCopy(path.join(upload.staticDir || collection, filename), target)
      return
    }
    localRequest ??= createLocalReq({}, payload)
    const req = await localRequest
    for (const handler of upload.handlers ?? []) {
      const response = await handler(req, { doc, headers: new Headers(), params: { collection, filename } })
      if (!(response instanceof Response)) continue
      if (response.status !== 200 || !response.body) {
        await response.body?.cancel()
        throw new Error(`The ${collection} file "${filename}" (id ${String(doc.id)}) could not be read from the upload storage: it answered ${response.status}.`)
      }
      await pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), fs.createWriteStream(target))
      return
    }
    throw new Error(`The ${collection} file "${filename}" (id ${String(doc.id)}) has no storage to read it from: local storage is off and no storage adapter answered.`)
  }
}

/** A hard link, or a copy where the export lies on another device than the uploads. */
export function linkOrCopy(source: string, target: string) {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  try {
    fs.linkSync(source, target)
  } catch {
    fs.copyFileSync(source, target)
  }
}
