/** The targets (for size M on the 2-core machines) and how a run's figures compare with them. */
import type { BenchResults } from './results'

export interface TargetCheck {
  label: string
  value: number
  target: number
  /** `atMost`: lower is better and the target is a ceiling; `atLeast`: a floor. */
  direction: 'atMost' | 'atLeast'
  unit: 'ms' | 's' | 'bytes' | 'pages/s' | 'count' | 'score'
  met: boolean
}

export const targets = {
  publishP50Ms: 3_000,
  publishP95Ms: 6_000,
  fullBuildPagesPerSecond: 1_000,
  fullBuildPeakBytes: 2 * 1024 ** 3,
  redesignPagesPerSecond: 1_000,
  warmRebuildSeconds: 10,
  searchBytes: 200 * 1024,
  searchFirstResultsMs: 300,
  articleBytes: 30 * 1024,
  saveErrors: 0,
  /** Lighthouse's mobile performance score (0–100), on every audited page. */
  lighthousePerformance: 95,
} as const

/** Every figure of a run that has a target, compared with it (worst case where a figure has several measurements). */
export function targetChecks(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = []
  const add = (label: string, value: number | undefined, target: number, direction: TargetCheck['direction'], unit: TargetCheck['unit']) => {
    if (value === undefined || !Number.isFinite(value)) return
    checks.push({ label, value, target, direction, unit, met: direction === 'atMost' ? value <= target : value >= target })
  }
  const { publishToLive, fullBuild, redesign, warmRebuild, search, pageWeight, saveLoad, lighthouse } = results
  add('publish-to-live p50', publishToLive?.p50Ms, targets.publishP50Ms, 'atMost', 'ms')
  add('publish-to-live p95', publishToLive?.p95Ms, targets.publishP95Ms, 'atMost', 'ms')
  add('full build speed', fullBuild?.pagesPerSecond, targets.fullBuildPagesPerSecond, 'atLeast', 'pages/s')
  add('full build peak memory', fullBuild?.peakRssBytes, targets.fullBuildPeakBytes, 'atMost', 'bytes')
  add('warm rebuild', warmRebuild?.seconds, targets.warmRebuildSeconds, 'atMost', 's')
  add('save errors under load', saveLoad?.errors, targets.saveErrors, 'atMost', 'count')
  const worst = <T>(list: T[] | undefined, of: (item: T) => number) => (list && list.length > 0 ? Math.max(...list.map(of)) : undefined)
  const slowest = redesign && redesign.length > 0 ? Math.min(...redesign.map((entry) => entry.pagesPerSecond)) : undefined
  add('code-only rebuild speed (slowest change)', slowest, targets.redesignPagesPerSecond, 'atLeast', 'pages/s')
  add('search bytes (worst query)', worst(search, (entry) => entry.bytes), targets.searchBytes, 'atMost', 'bytes')
  add('search first results (worst)', worst(search, (entry) => entry.firstResultsMs), targets.searchFirstResultsMs, 'atMost', 'ms')
  add('article page (worst locale)', worst(pageWeight?.filter((entry) => entry.kind === 'article'), (entry) => entry.totalBytes), targets.articleBytes, 'atMost', 'bytes')
  const lowest = lighthouse && lighthouse.length > 0 ? Math.min(...lighthouse.map((entry) => entry.scores.performance)) : undefined
  add('Lighthouse performance (worst page)', lowest, targets.lighthousePerformance, 'atLeast', 'score')
  return checks
}

/** A figure in its unit, for people: `2.4 s`, `183 KB`, `1.6 GB`, `1,234 pages/s`. */
export function formatValue(value: number, unit: TargetCheck['unit']): string {
  switch (unit) {
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`
    case 's':
      return `${value.toFixed(1)} s`
    case 'bytes':
      return value >= 1024 ** 3 ? `${(value / 1024 ** 3).toFixed(2)} GB` : value >= 1024 ** 2 ? `${(value / 1024 ** 2).toFixed(0)} MB` : `${(value / 1024).toFixed(1)} KB`
    case 'pages/s':
      return `${Math.round(value).toLocaleString('en')} pages/s`
    case 'count':
    case 'score':
      return Math.round(value).toLocaleString('en')
  }
}

/** `≤ 3.00 s`, `≥ 1,000 pages/s`. */
export function formatTarget(check: Pick<TargetCheck, 'target' | 'direction' | 'unit'>): string {
  return `${check.direction === 'atMost' ? '≤' : '≥'} ${formatValue(check.target, check.unit)}`
}
