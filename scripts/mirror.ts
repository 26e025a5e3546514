/**
 * `npm run site:mirror -- <folder>`: copies the live release (as hard links) into `<folder>/releases/<name>/` and
 * switches `<folder>/current` to it atomically, for nginx, Caddy or a CDN sync to serve (see deploy/). Run it after
 * each publish (or set `CONCORD_SITE_MIRROR`, and the publish job does).
 */
import path from 'node:path'

import { siteRoot } from '../publishing/releases/siteFolders'
import { mirrorRelease } from '../publishing/releases/mirror'
import { Releases } from '../publishing/releases/releases'

const target = process.argv[2] ?? process.env.CONCORD_SITE_MIRROR
if (!target) {
  console.error('Give the folder to mirror the live site into: npm run site:mirror -- /srv/concord/www')
  process.exit(1)
}
const live = new Releases(siteRoot).current()
if (!live) {
  console.error('There is no live release yet: run npm run publish first.')
  process.exit(1)
}
const files = mirrorRelease(live, path.resolve(target))
console.log(`Mirrored ${path.basename(live)} (${files} files) into ${path.resolve(target)}/current`)
