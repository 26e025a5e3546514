/**
 * Brings the database up to date the way production starts: applies migrations, seeds the demo corpus when the
 * database has no content yet, and creates the first admin account. Prints the login.
 */
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { refreshPlannerStatistics } from '../cms/database'
import { ensureFirstAdmin } from '../cms/firstAdmin'
import { projectRoot } from '../cms/paths'
import { loadCorpus } from '../cms/seed/corpus'
import { importCorpus } from '../cms/seed/importCorpus'
import { backfillTranslationWorkflow } from '../cms/translation/backfill'

const payload = await getPayload({ config })
try {
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
  if (totalDocs === 0) {
    console.log('Empty database: importing the demo corpus from content/ …')
    const report = await importCorpus(payload, loadCorpus(path.join(projectRoot, 'content')), (line) =>
      console.log(`  ${line}`),
    )
    console.log(`  ${report.created} items created.`)
  }
  // Content written before per-language publishing keeps its live languages (a no-op once done).
  const backfilled = await backfillTranslationWorkflow(payload)
  if (backfilled.items > 0) {
    console.log(`Translation workflow: ${backfilled.items} items brought in, ${backfilled.publications} published languages kept live.`)
  }
  // Query plans stay fast as content grows only with fresh statistics (see refreshPlannerStatistics).
  await refreshPlannerStatistics(payload)
  const admin = await ensureFirstAdmin(payload)
  console.log(
    admin.password
      ? `First admin created — email: ${admin.email}  password: ${admin.password}  (kept in ${path.relative(projectRoot, admin.credentialsFile)})`
      : `Admin login: ${admin.email} (password in ${path.relative(projectRoot, admin.credentialsFile)} if it was generated here)`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
