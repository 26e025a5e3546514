import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof lighthouseCategories)[number]

/** One Lighthouse run: each category's score (0–100) and a line for every weighted audit that lost points. */
export interface LighthouseRun {
  scores: Record<LighthouseCategory, number>
  /** `category › audit: display value` for audits scoring below 1, for failure messages. */
  shortfalls: string[]
}

/**
 * Runs Lighthouse's default (mobile, simulated slow 4G and 4× CPU) audit of `url` in Debian's headless Chromium,
 * a fresh browser per run. Retries when Lighthouse itself fails to measure (e.g. `NO_NAVSTART`), which happens now
 * and then in headless Chromium and says nothing about the page.
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
        return { scores: scoresOf(report), shortfalls: shortfallsOf(report) }
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

function shortfallsOf(report: Result): string[] {
  return lighthouseCategories.flatMap((id) =>
    report.categories[id].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${id} › ${audit.id}: ${audit.displayValue ?? audit.title} (score ${audit.score})`),
  )
}
