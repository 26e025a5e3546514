import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { SourceEntry } from './types'

/** Largest attachment fetched with `--allow-network`. */
const maxDownloadBytes = 50 * 1024 * 1024

/** Where attachments come from: the old site's uploads folder, and whether missing ones may be fetched. */
export interface AttachmentSource {
  filesDir?: string
  allowNetwork: boolean
}

/**
 * The file of an attachment on disk: `_wp_attached_file` (`2019/05/photo.jpg`) under the `--files` folder (the old
 * site's `wp-content/uploads`), never outside it. Only with `--allow-network` is a missing file fetched from the
 * address the export gives; by default nothing is fetched. Throws with the reason when there is no file.
 */
export async function attachmentFile(entry: SourceEntry, plan: AttachmentSource): Promise<string> {
  const found = localAttachmentFile(attachmentPath(entry), plan.filesDir)
  if ('file' in found) return found.file
  if (plan.allowNetwork && entry.attachment?.url && /^https?:\/\//i.test(entry.attachment.url)) return download(entry.attachment.url)
  throw new Error(found.problem)
}

/** An attachment's path relative to the uploads folder: `_wp_attached_file`, else taken from its address. */
export function attachmentPath(entry: SourceEntry): string | undefined {
  return entry.attachment?.file ?? uploadsPath(entry.attachment?.url)
}

/** The attachment's file under the `--files` folder (never outside it), or why there is none. */
export function localAttachmentFile(relative: string | undefined, filesDir: string | undefined): { file: string } | { problem: string } {
  if (!filesDir) return { problem: 'no --files folder was given for attachments (and --allow-network was not)' }
  if (!relative) return { problem: 'the export gives no file for it' }
  const root = path.resolve(filesDir)
  const file = path.resolve(root, relative)
  if (!file.startsWith(`${root}${path.sep}`)) return { problem: `its file "${relative}" is outside the --files folder` }
  return fs.existsSync(file) ? { file } : { problem: `its file "${relative}" is not in the --files folder` }
}

/** `https://old.example.org/wp-content/uploads/2019/05/a.jpg` → `2019/05/a.jpg`. */
function uploadsPath(url: string | undefined): string | undefined {
  if (!url) return undefined
  const match = /\/wp-content\/uploads\/(.+)$/.exec(url.split('?')[0])
  return match ? decodeURIComponent(match[1]) : undefined
}

/** Only reached with `--allow-network`: fetches one attachment into a temporary file, within a size limit. */
async function download(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(60_000) })
  if (!response.ok || !response.body) throw new Error(`fetching ${url} answered ${response.status}`)
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > maxDownloadBytes) throw new Error(`${url} is larger than 50 MB`)
  const bytes = Buffer.from(await response.arrayBuffer())
  if (bytes.length > maxDownloadBytes) throw new Error(`${url} is larger than 50 MB`)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-import-'))
  const file = path.join(folder, path.basename(new URL(url).pathname) || 'attachment')
  fs.writeFileSync(file, bytes)
  return file
}
