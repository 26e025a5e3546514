import fs from 'node:fs'
import path from 'node:path'

import { materializeRelease, Releases } from './releases'

/**
 * Mirrors a release for an external web server: a plain folder per release under `<target>/releases/`, a `current`
 * link switched atomically, the two newest kept. Unchanged files are hard links, so a mirror costs directory entries,
 * not disk space.
 */
export function mirrorRelease(release: string, target: string): number {
  const mirror = new Releases(target)
  const folder = path.join(target, 'releases', path.basename(release))
  fs.rmSync(folder, { recursive: true, force: true })
  const files = materializeRelease(release, folder)
  mirror.switchTo(folder)
  mirror.prune(2)
  return files
}
