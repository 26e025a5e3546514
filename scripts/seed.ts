/**
 * `npm run seed`: validates the corpus in content/ and imports it into the CMS database in one transaction.
 * `npm run seed -- path/to/corpus` imports another corpus folder.
 */
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { projectRoot } from '../cms/paths'
import { CorpusError, loadCorpus } from '../cms/seed/corpus'
import { importCorpus } from '../cms/seed/importCorpus'

const root = path.resolve(process.argv[2] ?? path.join(projectRoot, 'content'))

try {
  const corpus = loadCorpus(root)
  const total = corpus.countries.length + corpus.topics.length + corpus.media.length + corpus.items.length
  console.log(`Seeding ${total} entries from ${path.relative(process.cwd(), root) || '.'}`)
  const payload = await getPayload({ config })
  const started = Date.now()
  const report = await importCorpus(payload, corpus, (line) => console.log(`  ${line}`))
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.created} created, ${report.updated} updated.`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(error instanceof CorpusError ? error.message : error)
  process.exit(1)
}
