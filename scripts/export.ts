/**
 * `npm run export`: writes the published content to `.data/export/` (or the folder given) for the site build.
 */
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { exportPublished } from '../cms/export/exportPublished'
import { dataDir } from '../cms/paths'

const outDir = path.resolve(process.argv[2] ?? path.join(dataDir, 'export'))
const payload = await getPayload({ config })
try {
  const started = Date.now()
  const manifest = await exportPublished(payload, outDir)
  const total = Object.values(manifest.counts).reduce((sum, count) => sum + count, 0)
  console.log(`Exported ${total} published items to ${outDir} in ${Date.now() - started} ms`)
} catch (error) {
  console.error('Export failed; the previous export is unchanged:', error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
