/**
 * One run of Lighthouse's default audit (mobile: simulated slow 4G and 4× CPU slowdown) in Debian's headless
 * Chromium, a fresh browser per run. Shared by the benchmark, which reports every category and compares the
 * performance score (a timing) with its target, and by tests/e2e/lighthouse.test.ts, which asserts the three
 * categories that do not vary from run to run.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof lighthouseCategories)[number]

/** The lab metrics the performance score is made of, as Lighthouse simulated them. */
export interface LighthouseMetrics {
  firstContentfulPaintMs: number
  largestContentfulPaintMs: number
  totalBlockingTimeMs: number
  cumulativeLayoutShift: number
  speedIndexMs: number
}

/** One Lighthouse run: each category's score (0–100), the performance metrics, and what lost points. */
export interface LighthouseRun {
  scores: Record<LighthouseCategory, number>
  metrics: LighthouseMetrics
  /** `category › audit: display value` for audits scoring below 1, for failure messages. */
  shortfalls: string[]
}

/**
 * Audits `url`. Retries when Lighthouse itself fails to measure (e.g. `NO_NAVSTART`), which happens now and then
 * in headless Chromium and says nothing about the page.
 */
export async function lighthouseRun(url: string, attempts = 3): Promise<LighthouseRun> {
  let lastError = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...lighthouseCategories] })
      const report = result?.lhr
      if (report && !report.runtimeError && lighthouseCategories.every((id) => typeof report.categories[id]?.score === 'number')) {
        return { scores: scoresOf(report), metrics: metricsOf(report), shortfalls: shortfallsOf(report) }
      }
      lastError = report?.runtimeError ? `${report.runtimeError.code}: ${report.runtimeError.message}` : 'no score'
    } finally {
      await chrome.kill()
    }
  }
  throw new Error(`Lighthouse could not measure ${url} in ${attempts} attempts (${lastError})`)
}

function scoresOf(report: Result) {
  return Object.fromEntries(lighthouseCategories.map((id) => [id, Math.round(report.categories[id].score! * 100)])) as Record<LighthouseCategory, number>
}

function metricsOf(report: Result): LighthouseMetrics {
  const metric = (audit: string) => report.audits[audit]?.numericValue ?? Number.NaN
  return {
    firstContentfulPaintMs: metric('first-contentful-paint'),
    largestContentfulPaintMs: metric('largest-contentful-paint'),
    totalBlockingTimeMs: metric('total-blocking-time'),
    cumulativeLayoutShift: metric('cumulative-layout-shift'),
    speedIndexMs: metric('speed-index'),
  }
}

function shortfallsOf(report: Result): string[] {
  return lighthouseCategories.flatMap((id) =>
    report.categories[id].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${id} › ${audit.id}: ${audit.displayValue ?? audit.title} (score ${audit.score})`),
  )
}
