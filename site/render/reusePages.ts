import fs from 'node:fs'

import { type ReleaseView, resolveReleaseFile } from '../../publishing/releases/releases'
import { compressedSuffixes } from './precompress'

/** A release as worker threads receive it (a Set does not cross `postMessage`). */
export interface PreviousRelease {
  root: string
  layers: string[]
  deleted: string[]
}

export const toPreviousRelease = (view: ReleaseView): PreviousRelease => ({ root: view.root, layers: view.layers, deleted: [...view.deleted] })

export const toReleaseView = (previous: PreviousRelease): ReleaseView => ({ ...previous, deleted: new Set(previous.deleted) })

/**
 * When the previous release serves exactly `body` at `relative`, links its file and its compressed copies to
 * `target` instead of writing and compressing them again (a full build after a change to the site's code alone
 * produces mostly identical pages). The bytes are compared, not a recorded hash: what is reused is what the
 * previous release really serves. Returns false, touching nothing, when anything differs or is missing.
 */
export function linkIdenticalFile(previous: ReleaseView, relative: string, body: Buffer, target: string): boolean {
  const source = resolveReleaseFile(previous, relative)
  if (!source || fs.statSync(source).size !== body.length || !fs.readFileSync(source).equals(body)) return false
  const copies = compressedSuffixes(relative, body).map((suffix) => [suffix, resolveReleaseFile(previous, relative + suffix)] as const)
  if (copies.some(([, file]) => !file)) return false
  // Releases are never written into (every write goes beside and is renamed over), so sharing inodes is safe.
  fs.linkSync(source, target)
  for (const [suffix, file] of copies) fs.linkSync(file!, target + suffix)
  return true
}
