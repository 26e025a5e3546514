/**
 * Publish-to-live: single-article edits through the real publishing path, timed from the publish request until a
 * reader sees the new text. An editor (not an admin, access checked) saves a published change in one locale → the
 * hook queues the `publishSite` job → the job runs (as the serving process would) → the new release is switched in.
 * The clock stops when the site server serves the new text on every page that shows that locale's text (its own
 * page and those of the locales falling back to it) AND the site's search page finds the article by it.
 */
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import { collectionSlugs } from '../../cms/collectionSlugs'
import { fallbackChain, getLocale, localeCodes } from '../../cms/locales'
import { siteBuildQueue } from '../../cms/publishing/jobNames'
import { onPublish } from '../../publishing/pipeline/publishListeners'
import type { PublishResult } from '../../publishing/pipeline/publishResult'
import { articleText } from './corpus'
import { benchEditorEmail } from './ingest'
import { benchLocales, type BenchLocale } from './lexicon'
import { lexicalBody } from './richText'
import { pageShows, searchResultLinks } from './siteChecks'
import { percentile } from './statistics'
import { ensureLiveRelease } from './warmRebuild'

export interface PublishEdit {
  article: number
  locale: BenchLocale
  marker: string
  /** The save itself (validation, hooks, queueing the build). */
  requestMs: number
  /** Until the job that builds and switches the release finished. */
  jobMs: number | null
  /** Until every page showing this locale's text served the new text. */
  pagesMs: number | null
  /** Until the site's search found the article by the new word: the publish-to-live time. */
  totalMs: number | null
  pagesChecked: number
  /** Where this edit's time went (publishPhaseNames), from the publish's own timings and the checks' clocks. */
  phases?: Record<PublishPhase, number>
  error?: string
}

/**
 * The steps of a publish-to-live, in order: the save; the queued job picking it up and preparing the release;
 * export; render (with the builder's bundle, layer, assets and compression steps); search index; the builder
 * process's own start and hand-over; check and switch; until the site server served the new text on every page
 * (as the checks, polling every 100 ms, saw it); until the search page found it.
 */
export const publishPhaseNames = ['save', 'queue and prepare', 'export', 'render', 'index', 'builder process', 'switch', 'first served', 'search visible'] as const
export type PublishPhase = (typeof publishPhaseNames)[number]

export interface PublishToLiveFigures {
  edits: PublishEdit[]
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Percentiles of each phase over the edits that went live. */
  phases?: { phase: PublishPhase; p50Ms: number; p95Ms: number }[]
  /** How the queued build was run. */
  jobRunner: string
}

/** A word no corpus text contains, unique to this run and edit, which Pagefind indexes as it is (ends in a digit: no stemming). */
export function editMarker(runId: string, edit: number): string {
  return `zq${runId}x${edit}`
}

/** The articles edited: spread over the corpus, old and new, one locale each in turn. */
export function editPlan(total: number, edits: number): { article: number; locale: BenchLocale }[] {
  return Array.from({ length: edits }, (_, index) => ({
    article: Math.min(total, Math.max(1, Math.round(((index + 0.5) * total) / edits))),
    locale: benchLocales[index % benchLocales.length],
  }))
}

/** Site locales whose page of an article shows `locale`'s text: the locale itself and those that fall back to it. */
export function localesShowing(locale: BenchLocale): string[] {
  return localeCodes.filter((code) => fallbackChain(code).find((candidate) => (benchLocales as readonly string[]).includes(candidate)) === locale)
}

export async function measurePublishToLive(
  payload: Payload,
  options: { benchDir: string; total: number; edits: number; siteUrl: string; browser: Browser; timeoutMs?: number; log: (line: string) => void },
): Promise<PublishToLiveFigures> {
  const { total, siteUrl, browser, log, timeoutMs = 15 * 60_000 } = options
  await ensureLiveRelease(payload, options.benchDir, log)
  // A build left queued by an interrupted run would be timed with the first edit.
  await payload.jobs.run({ queue: siteBuildQueue })
  const editor = (await payload.find({ collection: collectionSlugs.users, where: { email: { equals: benchEditorEmail } }, overrideAccess: true })).docs[0]
  if (!editor) throw new Error(`The benchmark editor ${benchEditorEmail} is missing: run with --fresh.`)
  const user = { ...editor, collection: collectionSlugs.users }
  const runId = Date.now().toString(36)
  let lastPublish: PublishResult | undefined
  const stopListening = onPublish((result) => (lastPublish = result))

  const edits: PublishEdit[] = []
  for (const [index, { article, locale }] of editPlan(total, options.edits).entries()) {
    const text = articleText(article, locale)
    const marker = editMarker(runId, index + 1)
    const { id, slug } = await storedArticle(payload, article, locale)
    const pages = localesShowing(locale).map((code) => `${siteUrl}/${getLocale(code).segment}/news/${slug}/`)
    const edit: PublishEdit = { article, locale, marker, requestMs: 0, jobMs: null, pagesMs: null, totalMs: null, pagesChecked: pages.length }
    const body = text.body.map((block, position) => (position === 0 ? { text: `${marker} ${block.text}` } : block))

    lastPublish = undefined
    const startedAt = Date.now()
    const started = performance.now()
    const elapsed = () => performance.now() - started
    try {
      await payload.update({
        collection: collectionSlugs.articles,
        id,
        locale,
        data: { body: lexicalBody(body), _status: 'published' } as never,
        user,
        overrideAccess: false,
      })
      edit.requestMs = elapsed()
      const job = payload.jobs.run({ queue: siteBuildQueue }).then(() => (edit.jobMs = elapsed()))
      const deadline = started + timeoutMs
      await until(deadline, async () => (await Promise.all(pages.map((url) => pageShows(url, marker)))).every(Boolean), 100)
      edit.pagesMs = elapsed()
      const articlePath = `/${getLocale(locale).segment}/news/${slug}/`
      await until(deadline, async () => (await searchResultLinks(browser, siteUrl, getLocale(locale).segment, marker)).some((link) => link.endsWith(articlePath)), 50)
      edit.totalMs = elapsed()
      await job
      if (lastPublish) edit.phases = editPhases(edit, lastPublish, startedAt)
    } catch (error) {
      edit.error = error instanceof Error ? error.message : String(error)
    }
    edits.push(edit)
    log(
      `  ${String(index + 1).padStart(2)}. article ${article} (${locale}): ` +
        (edit.totalMs === null ? `not live: ${edit.error}` : `${(edit.totalMs / 1000).toFixed(2)} s (request ${edit.requestMs.toFixed(0)} ms, pages ${((edit.pagesMs ?? 0) / 1000).toFixed(2)} s)`),
    )
  }
  stopListening()
  const times = edits.flatMap((edit) => (edit.totalMs === null ? [] : [edit.totalMs]))
  if (times.length === 0) throw new Error('No edit went live.')
  const timed = edits.flatMap((edit) => (edit.phases ? [edit.phases] : []))
  return {
    edits,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
    phases: publishPhaseNames.map((phase) => ({ phase, p50Ms: percentile(timed.map((one) => one[phase]), 50), p95Ms: percentile(timed.map((one) => one[phase]), 95) })),
    jobRunner: 'payload.jobs.run({ queue: "site" }) as soon as the save returns (the serving process polls its queue every 2 s)',
  }
}

/** The builder's steps counted as rendering: everything but the search index. */
const renderSteps = ['bundle', 'layer', 'render', 'assets', 'compress']

/** Splits one edit's time into the publish phases; whatever the named steps leave is the job's queueing and preparing. */
export function editPhases(edit: PublishEdit, publish: PublishResult, startedAt: number): Record<PublishPhase, number> {
  const step = (name: string) => publish.phases[name] ?? 0
  const untilSwitched = (publish.switchedAt ?? startedAt) - startedAt
  const phases = {
    save: edit.requestMs,
    export: step('export'),
    render: renderSteps.reduce((sum, name) => sum + step(name), 0),
    index: step('search'),
    'builder process': step('builder process'),
    switch: step('check and switch'),
  }
  const named = Object.values(phases).reduce((sum, ms) => sum + ms, 0)
  return {
    ...phases,
    'queue and prepare': Math.max(0, untilSwitched - named),
    'first served': Math.max(0, (edit.pagesMs ?? 0) - untilSwitched),
    'search visible': Math.max(0, (edit.totalMs ?? 0) - (edit.pagesMs ?? 0)),
  }
}

/**
 * The article's id and its slug in `locale` as stored: found by its English slug (ASCII in every version of the
 * slug rules), since a locale with native-script addresses may have shortened the generated one (Thai, Arabic).
 */
async function storedArticle(payload: Payload, article: number, locale: BenchLocale): Promise<{ id: number | string; slug: string }> {
  const english = articleText(article, 'en').slug
  const { docs } = await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: english } }, locale: 'en', depth: 0, limit: 1, overrideAccess: true })
  if (!docs[0]) throw new Error(`No article with the English slug ${english}`)
  const stored = await payload.findByID({ collection: collectionSlugs.articles, id: docs[0].id, locale, depth: 0, overrideAccess: true })
  return { id: docs[0].id, slug: String(stored.slug) }
}

/** Polls `check` until it is true; throws at the deadline. */
async function until(deadline: number, check: () => Promise<boolean>, pauseMs: number) {
  for (;;) {
    if (await check().catch(() => false)) return
    if (performance.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, pauseMs))
  }
}
