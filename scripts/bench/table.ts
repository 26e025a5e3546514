/** The figures of a run as a Markdown table (printed, and pasted into the README's performance section). */
import type { BenchResults } from './results'
import { formatTarget, formatValue, targetChecks, targets, type TargetCheck } from './targets'

interface Row {
  group: string
  figure: string
  measured: string
  target?: string
  met?: boolean
}

const seconds = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)} s`)
const count = (value: number) => value.toLocaleString('en')

export function benchRows(results: BenchResults): Row[] {
  const checks = new Map(targetChecks(results).map((check) => [check.label, check]))
  const rows: Row[] = []
  const withTarget = (group: string, figure: string, label: string, fallback = '—') => {
    const check = checks.get(label)
    rows.push(check ? { group, figure, measured: formatValue(check.value, check.unit), target: formatTarget(check), met: check.met } : { group, figure, measured: fallback })
  }
  const { ingest, fullBuild, redesign, warmRebuild, publishToLive, search, pageWeight, saveLoad, lighthouse } = results

  if (ingest) {
    const note = ingest.source === 'saved' ? ` (saved ${ingest.measuredAt.slice(0, 10)})` : ingest.resumedAt ? ` (resumed at article ${ingest.resumedAt})` : ''
    rows.push({ group: 'ingest', figure: `articles/s${note}`, measured: ingest.articlesPerSecond.toFixed(1) })
    rows.push({ group: 'ingest', figure: 'locale writes/s', measured: ingest.localeWritesPerSecond.toFixed(1) })
  }
  if (fullBuild) {
    rows.push({ group: 'full build', figure: 'export', measured: seconds(fullBuild.exportSeconds) })
    rows.push({ group: 'full build', figure: 'site render', measured: seconds(fullBuild.renderSeconds) })
    rows.push({ group: 'full build', figure: 'Pagefind', measured: seconds(fullBuild.pagefindSeconds) })
    rows.push({ group: 'full build', figure: 'precompress', measured: seconds(fullBuild.precompressSeconds) })
    rows.push({ group: 'full build', figure: 'total', measured: seconds(fullBuild.seconds) })
    rows.push({ group: 'full build', figure: 'pages (HTML / indexed)', measured: `${count(fullBuild.htmlPages)} / ${count(fullBuild.indexedPages)}` })
    withTarget('full build', 'pages/s', 'full build speed')
    withTarget('full build', 'peak RSS, process tree', 'full build peak memory')
  }
  for (const entry of redesign ?? []) {
    const speed: TargetCheck = { label: '', value: entry.pagesPerSecond, target: targets.redesignPagesPerSecond, direction: 'atLeast', unit: 'pages/s', met: entry.pagesPerSecond >= targets.redesignPagesPerSecond }
    const reused = entry.reusedFiles === null ? '' : ` (${count(entry.reusedFiles)} files and ${entry.reusedSegments} search segments reused)`
    rows.push({ group: 'code-only rebuild', figure: `${entry.change}: ${seconds(entry.seconds)}${reused}`, measured: formatValue(speed.value, speed.unit), target: formatTarget(speed), met: speed.met })
  }
  if (warmRebuild) {
    withTarget('warm rebuild', 'nothing changed (publishSite)', 'warm rebuild')
    rows.push({ group: 'warm rebuild', figure: 'peak RSS, process tree', measured: formatValue(warmRebuild.peakRssBytes, 'bytes') })
  }
  if (publishToLive) {
    const live = publishToLive.edits.filter((edit) => edit.totalMs !== null).length
    withTarget('publish-to-live', `p50 (${live}/${publishToLive.edits.length} edits live)`, 'publish-to-live p50')
    withTarget('publish-to-live', 'p95', 'publish-to-live p95')
    rows.push({ group: 'publish-to-live', figure: 'slowest', measured: formatValue(publishToLive.maxMs, 'ms') })
    for (const { phase, p50Ms, p95Ms } of publishToLive.phases ?? []) {
      rows.push({ group: 'publish-to-live', figure: `${phase}, p50 / p95`, measured: `${formatValue(p50Ms, 'ms')} / ${formatValue(p95Ms, 'ms')}` })
    }
  }
  if (saveLoad) {
    const group = `${saveLoad.editors} editors saving, ${saveLoad.seconds} s`
    rows.push({ group, figure: 'saves (site builds meanwhile)', measured: `${count(saveLoad.saves)} (${saveLoad.publishes})` })
    withTarget(group, 'errors', 'save errors under load')
    rows.push({ group, figure: 'save p50 / p95', measured: `${formatValue(saveLoad.p50Ms, 'ms')} / ${formatValue(saveLoad.p95Ms, 'ms')}` })
  }
  for (const entry of search ?? []) {
    const bytes: TargetCheck = { label: '', value: entry.bytes, target: targets.searchBytes, direction: 'atMost', unit: 'bytes', met: entry.bytes <= targets.searchBytes }
    const time: TargetCheck = { label: '', value: entry.firstResultsMs, target: targets.searchFirstResultsMs, direction: 'atMost', unit: 'ms', met: entry.firstResultsMs <= targets.searchFirstResultsMs }
    rows.push({
      group: 'search',
      figure: `${entry.locale} ${entry.words}-word "${entry.query}"`,
      measured: `${formatValue(entry.bytes, 'bytes')}, ${formatValue(entry.firstResultsMs, 'ms')}`,
      target: `${formatTarget(bytes)}, ${formatTarget(time)}`,
      met: bytes.met && time.met,
    })
  }
  for (const kind of ['home', 'article', 'list'] as const) {
    const pages = (pageWeight ?? []).filter((entry) => entry.kind === kind)
    if (pages.length === 0) continue
    const heaviest = pages.reduce((a, b) => (b.totalBytes > a.totalBytes ? b : a))
    const figure = `${kind} HTML + CSS, brotli (heaviest: ${heaviest.locale})`
    if (kind === 'article') withTarget('page weight', figure, 'article page (worst locale)')
    else rows.push({ group: 'page weight', figure, measured: formatValue(heaviest.totalBytes, 'bytes') })
  }
  for (const entry of lighthouse ?? []) {
    const score = entry.scores.performance
    const check: TargetCheck = { label: '', value: score, target: targets.lighthousePerformance, direction: 'atLeast', unit: 'score', met: score >= targets.lighthousePerformance }
    rows.push({ group: 'Lighthouse (mobile)', figure: `${entry.locale} ${entry.page}: performance`, measured: formatValue(score, 'score'), target: formatTarget(check), met: check.met })
  }
  if (lighthouse && lighthouse.length > 0 && !lighthouse.some((entry) => entry.page === 'video')) {
    rows.push({ group: 'Lighthouse (mobile)', figure: 'video pages', measured: 'not audited: the corpus has no video' })
  }
  return rows
}

/** A Markdown table: group, figure, measured, target (size M), and whether it is met. */
export function benchTable(results: BenchResults): string {
  const lines = ['| | figure | measured | target (size M) | |', '|---|---|---|---|---|']
  let lastGroup = ''
  for (const row of benchRows(results)) {
    const mark = row.met === undefined ? '' : row.met ? 'met' : '**missed**'
    lines.push(`| ${row.group === lastGroup ? '' : row.group} | ${row.figure} | ${row.measured} | ${row.target ?? ''} | ${mark} |`)
    lastGroup = row.group
  }
  return lines.join('\n')
}
