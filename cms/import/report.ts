import type { ReportLine } from './types'

/**
 * What the import did or would do, entry by entry (by source id), with the reason for everything not imported as
 * it was. Counts are kept as lines arrive; the lines themselves go to `onLine` (printed, or written to a file) so a
 * large archive's report does not have to stay in memory.
 */
export class ImportReport {
  readonly counts: Record<ReportLine['outcome'], number> = { create: 0, update: 0, unchanged: 0, skip: 0, error: 0, warning: 0 }
  readonly lines: ReportLine[] = []

  constructor(
    private readonly onLine?: (line: ReportLine) => void,
    /** Keep lines in `lines` too (tests, small imports). */
    private readonly keep = true,
  ) {}

  add(line: ReportLine) {
    this.counts[line.outcome]++
    if (this.keep) this.lines.push(line)
    this.onLine?.(line)
  }

  /** Lines about one source entry. */
  about(sourceId: string): ReportLine[] {
    return this.lines.filter((line) => line.sourceId === sourceId)
  }
}

/** One report line as text: `error  post:42  the item has no title`. */
export function formatLine(line: ReportLine): string {
  const target = line.collection ? ` → ${line.collection}${line.locales?.length ? ` (${line.locales.join(', ')})` : ''}` : ''
  return `${line.outcome.padEnd(9)} ${line.sourceId}${target}${line.reason ? `: ${line.reason}` : ''}`
}

/** Peak resident memory of this process so far, in bytes (Linux reports kilobytes). */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024
}
