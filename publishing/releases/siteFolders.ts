import path from 'node:path'

import { dataDir } from '../../cms/paths'

/** Where the public site's releases live: `releases/<name>/`, the `current` link, the live export, build markers. */
export const siteRoot = path.join(dataDir, 'site')

/** The export of the live release, beside it: previews render drafts among the published content it holds. */
export const liveExportDir = (root: string = siteRoot) => path.join(root, 'export')
