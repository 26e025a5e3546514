import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { namedPhases, parsePhaseTimings } from '../../scripts/bench/buildOutput'
import { articleSpec, articleText, wordCount } from '../../scripts/bench/corpus'
import { benchLocales } from '../../scripts/bench/lexicon'
import { type LighthouseMeasurement, lighthousePages } from '../../scripts/bench/lighthouse'
import { parseBenchOptions } from '../../scripts/bench/options'
import { descendants, parentPid, residentBytes } from '../../scripts/bench/processTree'
import { editPhases, editPlan, localesShowing, publishPhaseNames } from '../../scripts/bench/publishToLive'
import type { BenchResults } from '../../scripts/bench/results'
import { percentile } from '../../scripts/bench/statistics'
import { benchSvg } from '../../scripts/bench/svgChart'
import { benchTable } from '../../scripts/bench/table'
import { targetChecks } from '../../scripts/bench/targets'
import { writeResults } from '../../scripts/bench/writeResults'

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    size: 'S',
    corpusVersion: 1,
    startedAt: '2026-11-23T10:00:00.000Z',
    machine: { cpus: 2, memoryBytes: 24 * 1024 ** 3, node: 'v24.21.0', platform: 'linux' },
    corpus: { articles: 1000, locales: [...benchLocales], topics: 12, countries: 36, images: 36 },
    errors: [],
    ...overrides,
  }
}

const edit = (totalMs: number | null) => ({ article: 1, locale: 'en' as const, marker: 'zq1', requestMs: 50, jobMs: totalMs, pagesMs: totalMs, totalMs, pagesChecked: 6 })

describe('percentile', () => {
  it('should interpolate between the closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48)
    expect(percentile([5, 1, 3], 50)).toBe(3)
  })

  it('should give the only value for one sample and NaN for none', () => {
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 50)).toBeNaN()
  })
})

describe('the synthetic corpus', () => {
  it('should generate the same article on every run', () => {
    expect(articleSpec(42, 1000)).toEqual(articleSpec(42, 1000))
    expect(articleSpec(42, 1000).text.zh.title).not.toBe(articleSpec(43, 1000).text.zh.title)
  })

  it('should write about 600 words of body in each locale, in that locale’s script', () => {
    const scripts: Record<string, RegExp> = { en: /^[\p{Script=Latin}\s.,-]+$/u, fr: /\p{Script=Latin}/u, ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u, th: /\p{Script=Thai}/u }
    for (const locale of benchLocales) {
      const text = articleText(7, locale)
      const words = text.body.filter((block) => !block.heading).reduce((sum, block) => sum + wordCount(block.text, locale), 0)
      expect(words, locale).toBeGreaterThan(450)
      expect(words, locale).toBeLessThan(750)
      expect(text.body.map((block) => block.text).join(' '), locale).toMatch(scripts[locale])
      expect(text.slug, locale).toMatch(/^[a-z0-9-]+-7$/)
    }
  })

  it('should give every article a unique slug in every locale', () => {
    for (const locale of benchLocales) {
      const slugs = new Set(Array.from({ length: 300 }, (_, index) => articleText(index + 1, locale).slug))
      expect(slugs.size, locale).toBe(300)
    }
  })

  it('should spread publication dates over the years, oldest first', () => {
    const dates = [1, 500, 1000].map((number) => articleSpec(number, 1000).publishedAt)
    expect(dates).toEqual([...dates].sort())
    expect(dates[0].slice(0, 4)).toBe('2018')
    expect(dates[2].slice(0, 4)).toBe('2025')
  })
})

describe('publish-to-live plan', () => {
  it('should edit distinct articles spread over the corpus, rotating through the locales', () => {
    const plan = editPlan(1000, 20)
    expect(new Set(plan.map((entry) => entry.article)).size).toBe(20)
    expect(plan[0].article).toBe(25)
    expect(plan.at(-1)!.article).toBe(975)
    expect(plan.slice(0, 6).map((entry) => entry.locale)).toEqual([...benchLocales])
  })

  it('should check the English text on the pages of the locales that fall back to English', () => {
    expect(localesShowing('en').sort()).toEqual(['de', 'en', 'es', 'ja', 'mn', 'vi'])
    expect(localesShowing('zh')).toEqual(['zh'])
  })
})

describe('publish-to-live phases', () => {
  const started = Date.UTC(2026, 11, 7, 12, 0, 0)
  const publish = {
    status: 'live' as const,
    durationMs: 3000,
    switchedAt: started + 3400,
    phases: { export: 900, bundle: 10, layer: 40, render: 1100, assets: 50, search: 600, 'builder process': 200, 'check and switch': 100 },
  }
  const edit = { article: 1, locale: 'en' as const, marker: 'm', requestMs: 300, jobMs: 3600, pagesMs: 3700, totalMs: 4100, pagesChecked: 3 }

  it('should split an edit into the publish’s own steps, the queue before them and the checks after the switch', () => {
    expect(editPhases(edit, publish, started)).toEqual({
      save: 300,
      'queue and prepare': 100,
      export: 900,
      render: 1200,
      index: 600,
      'builder process': 200,
      switch: 100,
      'first served': 300,
      'search visible': 400,
    })
  })

  it('should account for the whole time from the save to the search finding the edit', () => {
    const phases = editPhases(edit, publish, started)
    expect(publishPhaseNames.reduce((sum, name) => sum + phases[name], 0)).toBe(edit.totalMs)
  })
})

describe('build output', () => {
  it('should read the phase timings build-site prints and ignore the tools’ own lines', () => {
    const log = [
      'Exported 6123 published items to /tmp/x in 1333 ms',
      'export: 7.5 s',
      '22:41:02 [build] 1894 page(s) built in 70.12s',
      'astro build: 79.2 s',
      'search index: 600 pages in 4.6 s',
      '\u001b[32mprecompressed 5000 files (brotli, gzip) in 3.7 s\u001b[39m',
    ].join('\n')
    const phases = parsePhaseTimings(log)
    expect(phases).toEqual([
      { label: 'export', seconds: 7.5 },
      { label: 'astro build', seconds: 79.2 },
      { label: 'search index', seconds: 4.6 },
      { label: 'precompressed', seconds: 3.7 },
    ])
    expect(namedPhases(phases)).toEqual({ exportSeconds: 7.5, renderSeconds: 79.2, pagefindSeconds: 4.6, precompressSeconds: 3.7 })
  })

  it('should leave a phase empty when the build did not report it', () => {
    expect(namedPhases(parsePhaseTimings('render pages: 250 ms'))).toEqual({ exportSeconds: null, renderSeconds: 0.25, pagefindSeconds: null, precompressSeconds: null })
  })
})

describe('process tree memory', () => {
  it('should read VmRSS and the parent pid from /proc texts', () => {
    expect(residentBytes('Name:\tnode\nVmPeak:\t 10 kB\nVmRSS:\t  2048 kB\n')).toBe(2048 * 1024)
    expect(residentBytes('Name:\tkthreadd\n')).toBe(0)
    expect(parentPid('123 (node (worker) x) S 45 123 123 0')).toBe(45)
  })

  it('should find every descendant of the root and nothing else', () => {
    const parents = new Map([[2, 1], [3, 2], [4, 2], [5, 3], [6, 9], [1, 0]])
    expect(descendants(2, parents).sort()).toEqual([2, 3, 4, 5])
  })
})

describe('options', () => {
  it('should read the size from the arguments or from npm’s config variable', () => {
    expect(parseBenchOptions(['--size', 'm'], {}).size).toBe('M')
    expect(parseBenchOptions([], { npm_config_size: 'L' }).size).toBe('L')
    expect(parseBenchOptions(['M'], { npm_config_size: 'true' }).size).toBe('M')
    expect(parseBenchOptions(['--size=xs'], {}).size).toBe('XS')
    expect(parseBenchOptions([], {})).toMatchObject({ size: 'S', fresh: false, edits: 20 })
    expect(parseBenchOptions(['--only', 'search,weight'], {}).phases).toEqual(['search', 'weight'])
    expect(parseBenchOptions(['--only', 'lighthouse'], {}).phases).toEqual(['lighthouse'])
    expect(parseBenchOptions([], {}).phases).toContain('lighthouse')
    expect(() => parseBenchOptions(['--size', 'XL'], {})).toThrow(/Unknown size/)
    expect(() => parseBenchOptions(['--only', 'nap'], {})).toThrow(/Unknown phase/)
  })
})

describe('report', () => {
  const measured = results({
    ingest: { source: 'saved', measuredAt: '2026-11-22T09:00:00.000Z', articles: 1000, localeWrites: 6000, seconds: 150, articlesPerSecond: 6.7, localeWritesPerSecond: 40, taxonomySeconds: 9 },
    fullBuild: { seconds: 12, exportSeconds: 2, renderSeconds: 7, pagefindSeconds: 2, precompressSeconds: 1, phases: [], htmlPages: 12_000, indexedPages: 6000, pagesPerSecond: 1000, peakRssBytes: 3 * 1024 ** 3 },
    redesign: [
      { change: 'list template', seconds: 10, phases: [], htmlPages: 12_000, pagesPerSecond: 1200, written: 900, reusedFiles: 20_000, reusedSegments: 30, peakRssBytes: 1024 ** 3 },
      { change: 'stylesheet', seconds: 20, phases: [], htmlPages: 12_000, pagesPerSecond: 600, written: 20_900, reusedFiles: 0, reusedSegments: 30, peakRssBytes: 1024 ** 3 },
    ],
    publishToLive: {
      edits: [edit(2000), edit(2500), edit(null)],
      p50Ms: 2250,
      p95Ms: 6500,
      maxMs: 2500,
      phases: [{ phase: 'render', p50Ms: 1200, p95Ms: 1800 }],
      jobRunner: 'x',
    },
    search: [{ locale: 'zh', words: 2, query: '资产 追缴', bytes: 150 * 1024, bytesBeforeQuery: 60 * 1024, requests: 9, firstResultsMs: 120, results: 20 }],
    pageWeight: [
      { locale: 'en', kind: 'article', path: '/en/news/a/', htmlBytes: 9000, cssBytes: 6000, totalBytes: 15_000 },
      { locale: 'zh', kind: 'article', path: '/zh/news/a/', htmlBytes: 20_000, cssBytes: 6000, totalBytes: 26_000 },
    ],
  })

  it('should compare each figure with its target in the right direction', () => {
    const checks = Object.fromEntries(targetChecks(measured).map((check) => [check.label, check.met]))
    expect(checks).toEqual({
      'publish-to-live p50': true,
      'publish-to-live p95': false,
      'full build speed': true,
      'full build peak memory': false,
      'code-only rebuild speed (slowest change)': false,
      'search bytes (worst query)': true,
      'search first results (worst)': true,
      'article page (worst locale)': true,
    })
  })

  it('should print a Markdown table with the figures, targets and misses', () => {
    const table = benchTable(measured)
    expect(table).toContain('| ingest | articles/s (saved 2026-11-22) | 6.7 |')
    expect(table).toMatch(/\| render, p50 \/ p95 \| 1\.2\d* s \/ 1\.8\d* s \|/)
    expect(table).toContain('|  | pages/s | 1,000 pages/s | ≥ 1,000 pages/s | met |')
    expect(table).toContain('|  | peak RSS, process tree | 3.00 GB | ≤ 2.00 GB | **missed** |')
    expect(table).toContain('| code-only rebuild | list template: 10.0 s (20,000 files and 30 search segments reused) | 1,200 pages/s | ≥ 1,000 pages/s | met |')
    expect(table).toContain('|  | stylesheet: 20.0 s (0 files and 30 search segments reused) | 600 pages/s | ≥ 1,000 pages/s | **missed** |')
    expect(table).toContain('p50 (2/3 edits live) | 2.25 s | ≤ 3.00 s | met |')
    expect(table).toContain('| search | zh 2-word "资产 追缴" | 150.0 KB, 120 ms | ≤ 200.0 KB, ≤ 300 ms | met |')
    expect(table).toContain('article HTML + CSS, brotli (heaviest: zh) | 25.4 KB | ≤ 30.0 KB | met |')
    expect(table).not.toContain('warm rebuild')
  })

  it('should draw one bar per target, red where missed, with the target line and escaped text', () => {
    const svg = benchSvg(measured)
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg.match(/<rect x="260"/g)).toHaveLength(8)
    expect(svg.match(/fill="#c62828"/g)).toHaveLength(3)
    expect(svg).toContain('stroke-dasharray')
    expect(svg).toContain('(target ≤ 3.00 s)')
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/)
    // A figure far over its target is cut at the chart's edge rather than drawn off it.
    const widths = [...svg.matchAll(/<rect x="260" y="\d+" width="([\d.]+)"/g)].map((match) => Number(match[1]))
    expect(Math.max(...widths)).toBeLessThanOrEqual(780 - 260 - 20)
  })

  it('should say so when nothing with a target was measured', () => {
    expect(benchSvg(results())).toContain('No figure with a target was measured')
  })
})

describe('Lighthouse phase', () => {
  const audit = (locale: string, page: LighthouseMeasurement['page'], performance: number): LighthouseMeasurement => ({
    locale,
    page,
    path: `/${locale}/`,
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { firstContentfulPaintMs: 900, largestContentfulPaintMs: 1800, totalBlockingTimeMs: 0, cumulativeLayoutShift: 0, speedIndexMs: 1200 },
    shortfalls: performance < 95 ? ['performance › total-blocking-time: 400 ms (score 0.6)'] : [],
  })
  const audited = results({ lighthouse: [audit('en', 'home', 99), audit('zh', 'article', 97), audit('ar', 'search', 88)] })

  it('should audit the home, an article of the corpus, the video page and the search page with a query, in the locale’s own section of the site', () => {
    const pages = lighthousePages('zh', 1, 'guangzhou-forum')
    expect(pages.map((entry) => entry.page)).toEqual(['home', 'article', 'video', 'search'])
    expect(pages[0].path).toBe('/zh/')
    expect(pages[1].path).toBe(`/zh/news/${articleText(1, 'zh').slug}/`)
    expect(pages[2].path).toBe('/zh/videos/guangzhou-forum/')
    expect(pages[3].path).toMatch(/^\/zh\/search\/\?q=%E5/)
    expect(lighthousePages('zh', 1).map((entry) => entry.page)).toEqual(['home', 'article', 'search'])
  })

  it('should compare the worst performance score with the target of 95, higher being better', () => {
    const check = targetChecks(audited).find((entry) => entry.label === 'Lighthouse performance (worst page)')
    expect(check).toMatchObject({ value: 88, target: 95, direction: 'atLeast', met: false })
    const passing = results({ lighthouse: [audit('en', 'home', 95)] })
    expect(targetChecks(passing).find((entry) => entry.label.startsWith('Lighthouse'))?.met).toBe(true)
    expect(targetChecks(results()).some((entry) => entry.label.startsWith('Lighthouse'))).toBe(false)
  })

  it('should print each page’s performance score against the target, and say when video pages are missing', () => {
    const table = benchTable(audited)
    expect(table).toContain('| Lighthouse (mobile) | en home: performance | 99 | ≥ 95 | met |')
    expect(table).toContain('|  | zh article: performance | 97 | ≥ 95 | met |')
    expect(table).toContain('|  | ar search: performance | 88 | ≥ 95 | **missed** |')
    expect(table).toContain('|  | video pages | not audited: the corpus has no video |')
    expect(benchTable(results({ lighthouse: [audit('ar', 'video', 96)] }))).not.toContain('not audited')
    expect(benchTable(results())).not.toContain('Lighthouse')
  })

  it('should keep every category’s score and the metrics in the JSON results, and draw the performance bar', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-bench-report-'))
    try {
      writeResults(folder, audited)
      const saved = JSON.parse(fs.readFileSync(path.join(folder, 'S-latest.json'), 'utf8')) as BenchResults
      expect(saved.lighthouse).toHaveLength(3)
      expect(saved.lighthouse![2]).toMatchObject({ locale: 'ar', page: 'search', scores: { performance: 88, accessibility: 100, 'best-practices': 100, seo: 100 } })
      expect(saved.lighthouse![2].metrics.largestContentfulPaintMs).toBe(1800)
      expect(saved.lighthouse![2].shortfalls).toEqual(['performance › total-blocking-time: 400 ms (score 0.6)'])
      expect(fs.readFileSync(path.join(folder, 'S-latest.svg'), 'utf8')).toContain('88 (target ≥ 95)')
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})
