import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'

import { queueSiteBuild } from '../publishing/queueSiteBuild'
import { refreshPlannerStatistics } from '../database'
import type { LocaleCode } from '../locales'
import type { FeedSource } from './feeds'
import { planImport, type ImportPlan, type PlannedGroup } from './planner'
import { readSource } from './readSource'
import { ImportReport, peakRss } from './report'
import { SpoolWriter } from './spool'
import { ImportWriter } from './writer'

export interface ImportOptions {
  /** A WordPress export (WXR) file. */
  wxr?: string
  /** RSS/Atom feeds, one per language (when there is no WXR). */
  feeds?: FeedSource[]
  feedMapping?: string
  /** The old site's uploads folder (`wp-content/uploads`), where attachments' files are read from. */
  filesDir?: string
  /** Write; without it the import is a dry run that writes nothing. */
  apply?: boolean
  allowNetwork?: boolean
  /** The language of entries that name none (a WordPress site without WPML or Polylang). */
  defaultLanguage?: LocaleCode
  report?: ImportReport
  log?: (line: string) => void
  /**
   * Writes a range of the plan's items somewhere else (the CLI: a child process per chunk, see scripts/import.ts);
   * by default they are written in this process.
   */
  applyRange?: (plan: ImportPlan, planFile: string, from: number, to: number) => Promise<void>
  /** Items per `applyRange` call. */
  chunkSize?: number
}

export interface ImportSummary {
  dryRun: boolean
  system: string
  items: number
  entries: number
  counts: ImportReport['counts']
  seconds: number
  entriesPerSecond: number
  peakRssBytes: number
}

/**
 * The import: reads the source into a spool (streaming), plans (create, update, unchanged, skip — with reasons), and
 * with `apply` writes each item in a transaction of its own. A file that cannot be read at all throws
 * `ImportFileError` before anything is written. With `apply`, one site build is queued at the end.
 */
export async function runImport(payload: Payload, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now()
  const log = options.log ?? (() => {})
  const report = options.report ?? new ImportReport()
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-import-'))
  try {
    const spoolFile = path.join(workDir, 'entries.jsonl')
    const spool = new SpoolWriter(spoolFile)
    let source
    try {
      source = await readSource(options, spool, report)
    } finally {
      spool.close()
    }
    log(`Read ${source.entries.length} entries from ${source.system}`)
    const plan = await planImport(payload, source, report, { spoolFile, filesDir: options.filesDir, allowNetwork: options.allowNetwork })
    const entries = plan.groups.reduce((sum, group) => sum + group.members.length, 0)
    if (!options.apply) {
      for (const group of plan.groups) for (const line of planLines(group)) report.add(line)
    } else {
      const planFile = path.join(workDir, 'plan.json')
      fs.writeFileSync(planFile, JSON.stringify(plan))
      const chunkSize = options.chunkSize ?? 500
      const applyRange = options.applyRange ?? ((_plan, _file, from, to) => applyGroups(payload, plan, from, to, report))
      let lastLog = performance.now()
      for (let from = 0; from < plan.groups.length; from += chunkSize) {
        const to = Math.min(plan.groups.length, from + chunkSize)
        await applyRange(plan, planFile, from, to)
        if (performance.now() - lastLog > 5_000 || to === plan.groups.length) {
          const seconds = (performance.now() - started) / 1000
          log(`  ${to} / ${plan.groups.length} items, ${(to / seconds).toFixed(1)} items/s`)
          lastLog = performance.now()
        }
      }
      const req = await createLocalReq({}, payload)
      await queueSiteBuild(req, `import from ${source.system}`)
    }
    const seconds = (performance.now() - started) / 1000
    return {
      dryRun: !options.apply,
      system: plan.system,
      items: plan.groups.length,
      entries,
      counts: report.counts,
      seconds,
      entriesPerSecond: entries / seconds,
      peakRssBytes: peakRss(),
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

/** Writes items `from`..`to` of a plan in this process, reporting each source entry. */
export async function applyGroups(payload: Payload, plan: ImportPlan, from: number, to: number, report: ImportReport): Promise<void> {
  const writer = new ImportWriter(payload, plan)
  try {
    for (let index = from; index < to; index++) {
      for (const line of await writer.write(plan.groups[index])) report.add(line)
      // SQLite plans from statistics; as the import grows the tables, refresh them now and then (cms/database). Into an
      // empty database, the first are taken early: without any, every save scans the versions table.
      if ((index + 1) % 1_000 === 0 || index + 1 === 50) await refreshPlannerStatistics(payload)
    }
  } finally {
    writer.close()
  }
}

function planLines(group: PlannedGroup) {
  return group.members.map((member) => ({
    sourceId: member.sourceId,
    outcome: group.action,
    collection: group.collection,
    locales: [member.locale],
    reason: member.published ? undefined : 'kept as a draft',
  }))
}
