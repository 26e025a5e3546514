/** Reading what a site build left behind: its phase timings from the log, and its page counts from the output. */
import fs from 'node:fs'
import path from 'node:path'

export interface PhaseTiming {
  label: string
  seconds: number
}

// The colour codes a build prints (ESC [ … m), stripped before its lines are read.
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ansi = /\x1b\[[0-9;]*m/g

/**
 * Phase timings printed by `scripts/build-site.ts`: lines such as `export: 12.3 s`, `search index: 6000 pages in
 * 19.2 s` or `precompressed 23000 files (brotli, gzip) in 3.1 s` (its own lines start in lower case). Lines of the
 * tools it runs are ignored: Astro's start with a clock time or a bracket, the export script's with a capital.
 */
export function parsePhaseTimings(log: string): PhaseTiming[] {
  const phases: PhaseTiming[] = []
  for (const raw of log.split('\n')) {
    const line = raw.replace(ansi, '').trim()
    const match =
      /^([a-z][a-z -]*?):\s.*?(\d+(?:\.\d+)?)\s?(ms|s)\.?$/i.exec(line) ?? /^([a-z]+)\b[^:]*\bin (\d+(?:\.\d+)?)\s?(ms|s)\.?$/.exec(line)
    if (!match) continue
    phases.push({ label: match[1].trim(), seconds: Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) })
  }
  return phases
}

/** Which benchmark phase a build's own label belongs to; the first matching pattern wins. */
const phaseKinds = [
  ['precompressSeconds', /compress/i],
  ['pagefindSeconds', /search|pagefind|index/i],
  ['exportSeconds', /export/i],
  ['renderSeconds', /astro|render|pages|site/i],
] as const

/** The benchmark's phases of a full build (null when the build reported none of that kind). */
export function namedPhases(phases: PhaseTiming[]): Record<(typeof phaseKinds)[number][0], number | null> {
  const named = { exportSeconds: null, renderSeconds: null, pagefindSeconds: null, precompressSeconds: null } as Record<
    (typeof phaseKinds)[number][0],
    number | null
  >
  for (const phase of phases) {
    const kind = phaseKinds.find(([, pattern]) => pattern.test(phase.label))?.[0]
    if (kind) named[kind] = (named[kind] ?? 0) + phase.seconds
  }
  return named
}

/** HTML pages in a built site (not counting the `.br`/`.gz` copies). */
export function countHtmlPages(root: string): number {
  let count = 0
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++
  }
  return count
}

/** Pages in the site's Pagefind index, over all languages. */
export function countIndexedPages(root: string): number {
  const entry = path.join(root, 'pagefind', 'pagefind-entry.json')
  if (!fs.existsSync(entry)) return 0
  const { languages } = JSON.parse(fs.readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> }
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0)
}
