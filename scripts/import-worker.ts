/**
 * One chunk of `npm run import -- --apply` in its own process: `tsx scripts/import-worker.ts <plan.json> <from> <to>`.
 * Prints a line per source entry and its peak RSS; started by scripts/import.ts.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import type { ImportPlan } from '../cms/import/planner'
import { ImportReport, peakRss } from '../cms/import/report'
import { applyGroups } from '../cms/import/runImport'
import { workerLinePrefix, workerPeakPrefix } from '../cms/import/workerProtocol'

const [planFile, from, to] = process.argv.slice(2)
const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as ImportPlan
const payload = await getPayload({ config })
try {
  const report = new ImportReport((line) => console.log(`${workerLinePrefix}${JSON.stringify(line)}`), false)
  await applyGroups(payload, plan, Number(from), Number(to), report)
  console.log(`${workerPeakPrefix}${peakRss()}`)
} finally {
  await payload.destroy()
}
process.exit(0)
