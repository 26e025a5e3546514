/**
 * Lighthouse's mobile audit of the live site's home, an article, a video page and the search page (with a query)
 * in English, Chinese and Arabic. Every category's score is kept in the results; the performance score, a timing
 * that varies with the machine's load, is the figure compared with its target (the e2e test asserts the other
 * three). The video is the demo's first, which the benchmark adds to its corpus (videos.ts).
 */
import { getLocale } from '../../cms/locales'
import { articleText } from './corpus'
import type { BenchLocale } from './lexicon'
import { type LighthouseCategory, type LighthouseMetrics, lighthouseRun } from './lighthouseAudit'
import { searchQueries } from './searchCost'

export const auditedLocales: BenchLocale[] = ['en', 'zh', 'ar']
export type AuditedPage = 'home' | 'article' | 'video' | 'search'

export interface LighthouseMeasurement {
  locale: string
  page: AuditedPage
  path: string
  scores: Record<LighthouseCategory, number>
  metrics: LighthouseMetrics
  /** What lost points, in every category (`category › audit: value`). */
  shortfalls: string[]
}

/**
 * The pages audited in a locale: its home, article `article` of the corpus, the video page with the slug given
 * (when there is one), and its search page with a query.
 */
export function lighthousePages(locale: BenchLocale, article: number, videoSlug?: string): { page: AuditedPage; path: string }[] {
  const segment = getLocale(locale).segment
  return [
    { page: 'home', path: `/${segment}/` },
    { page: 'article', path: `/${segment}/news/${articleText(article, locale).slug}/` },
    ...(videoSlug ? [{ page: 'video' as const, path: `/${segment}/videos/${videoSlug}/` }] : []),
    { page: 'search', path: `/${segment}/search/?q=${encodeURIComponent(searchQueries[locale][0])}` },
  ]
}

export async function measureLighthouse(
  siteUrl: string,
  article: number,
  videoSlugs: Partial<Record<string, string>>,
  log: (line: string) => void,
): Promise<LighthouseMeasurement[]> {
  const measurements: LighthouseMeasurement[] = []
  for (const locale of auditedLocales) {
    for (const { page, path } of lighthousePages(locale, article, videoSlugs[locale])) {
      const { scores, metrics, shortfalls } = await lighthouseRun(`${siteUrl}${path}`)
      measurements.push({ locale, page, path, scores, metrics, shortfalls })
      log(
        `  ${locale} ${page}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, ` +
          `SEO ${scores.seo} (LCP ${(metrics.largestContentfulPaintMs / 1000).toFixed(1)} s, TBT ${Math.round(metrics.totalBlockingTimeMs)} ms)`,
      )
    }
  }
  return measurements
}
