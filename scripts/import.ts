/**
 * `npm run import -- <source>`: brings a WordPress (WXR, with WPML or Polylang) or RSS/Atom archive into the CMS.
 * A dry run unless `--apply`; see `cms/import/` and `--help`. With `--apply`, items are written by child processes
 * of `--chunk` items each (`scripts/import-worker.ts`): the SQLite client keeps native memory for every statement a
 * process ran (tursodatabase/libsql-js#153), which only the end of the process hands back.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { projectRoot } from '../cms/paths'
import { importUsage, parseImportArguments } from '../cms/import/importArguments'
import { ImportFileError } from '../cms/import/importFileError'
import { formatLine, ImportReport } from '../cms/import/report'
import { runImport } from '../cms/import/runImport'
import type { ReportLine } from '../cms/import/types'
import { workerLinePrefix, workerPeakPrefix } from '../cms/import/workerProtocol'

if (process.argv.includes('--help')) {
  console.log(importUsage)
  process.exit(0)
}
let args
try {
  args = parseImportArguments(process.argv.slice(2))
} catch (error) {
  console.error(`${(error as Error).message}\n\n${importUsage}`)
  process.exit(2)
}

const reportStream = args.reportFile ? fs.createWriteStream(args.reportFile) : undefined
const report = new ImportReport((line) => {
  reportStream?.write(`${JSON.stringify(line)}\n`)
  // The console gets the problems; the report file (when given) every line.
  if (line.outcome === 'error' || line.outcome === 'skip' || line.outcome === 'warning' || (!reportStream && !args.apply)) console.log(formatLine(line))
}, false)
let childPeak = 0
// Progress while writer processes work: entries written so far, every 5 seconds.
let written = 0
let lastProgress = performance.now()
const started = performance.now()
const countProgress = (line: ReportLine) => {
  if (line.outcome === 'warning' || line.outcome === 'skip') return
  written++
  if (performance.now() - lastProgress < 5_000) return
  lastProgress = performance.now()
  console.log(`  ${written} entries written, ${(written / ((lastProgress - started) / 1000)).toFixed(1)} entries/s`)
}

const payload = await getPayload({ config })
let exitCode = 0
try {
  const summary = await runImport(payload, {
    ...args,
    report,
    log: (line) => console.log(line),
    applyRange: (_plan, planFile, from, to) => runWorker(planFile, from, to),
  })
  const peak = Math.max(summary.peakRssBytes, childPeak)
  const { counts } = summary
  console.log(
    `${summary.dryRun ? 'Dry run (nothing written; --apply to write)' : 'Imported'}: ${summary.items} items from ${summary.entries} entries of ${summary.system} — ` +
      `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.skip} skipped, ${counts.error} errors, ${counts.warning} warnings` +
      ` in ${summary.seconds.toFixed(1)} s (${summary.entriesPerSecond.toFixed(1)} entries/s), peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
  )
  if (counts.error > 0) exitCode = 1
} catch (error) {
  console.error(error instanceof ImportFileError ? `Nothing was imported: ${error.message}` : error)
  exitCode = 1
} finally {
  reportStream?.end()
  await payload.destroy()
}
process.exit(exitCode)

/** Writes items from..to of the plan in a child process, passing its report lines on. */
function runWorker(planFile: string, from: number, to: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/import-worker.ts', planFile, String(from), String(to)], {
      cwd: projectRoot,
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let pending = ''
    child.stdout.on('data', (data: Buffer) => {
      pending += data.toString()
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const line of lines) {
        if (line.startsWith(workerLinePrefix)) {
          const reported = JSON.parse(line.slice(workerLinePrefix.length)) as ReportLine
          report.add(reported)
          countProgress(reported)
        }
        else if (line.startsWith(workerPeakPrefix)) childPeak = Math.max(childPeak, Number(line.slice(workerPeakPrefix.length)))
      }
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The import process for items ${from + 1}–${to} failed (exit ${code}).`))))
  })
}
