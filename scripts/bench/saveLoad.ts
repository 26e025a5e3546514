/**
 * The admin under load: editors saving in parallel through the real REST routes (the API boundary included) while the
 * publishes their saves queue are built and switched in. What matters is that every save is answered without an
 * error — SQLite has one writer, and a failed request once made the next acknowledged write vanish — and how long a
 * save takes while others wait their turn.
 */
import type { Payload } from 'payload'

import { serveApi } from '../../cms/boundary/serveApi'
import { collectionSlugs } from '../../cms/collectionSlugs'
import config from '../../cms/payload.config'
import { siteBuildQueue } from '../../cms/publishing/jobNames'
import { benchLocales } from './lexicon'
import { percentile } from './statistics'
import { ensureLiveRelease } from './warmRebuild'

export interface SaveLoadFigures {
  editors: number
  seconds: number
  saves: number
  /** Saves answered with an error status or not answered at all (target 0). */
  errors: number
  errorSamples: string[]
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Site builds that ran and finished while the editors saved. */
  publishes: number
}

interface LoadOptions {
  benchDir: string
  editors?: number
  seconds?: number
  log: (line: string) => void
}

const password = 'bench editor passphrase'

export async function measureSaveLoad(payload: Payload, options: LoadOptions): Promise<SaveLoadFigures> {
  const editors = options.editors ?? 20
  const seconds = options.seconds ?? 30
  await ensureLiveRelease(payload, options.benchDir, options.log)
  const api = await serveApi(config)
  const { docs } = await payload.find({ collection: collectionSlugs.articles, limit: editors * 3, depth: 0, select: {}, sort: 'id' })
  const articles = docs.map((doc) => doc.id)
  const tokens = await Promise.all(Array.from({ length: editors }, (_, index) => editorToken(payload, api.url, index)))
  const latencies: number[] = []
  const errorSamples: string[] = []
  let errors = 0
  let publishes = 0
  const deadline = Date.now() + seconds * 1000
  let saving = true
  // The serving process works the site-build queue while editors save (scripts/start.ts: CONCORD_JOB_WORKER=1).
  const builds = (async () => {
    while (saving) {
      const ran = await payload.jobs.run({ queue: siteBuildQueue, limit: 1 })
      publishes += Object.keys((ran as { jobStatus?: Record<string, unknown> }).jobStatus ?? {}).length
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  })()
  try {
    await Promise.all(
      tokens.map(async (token, editor) => {
        for (let save = 0; Date.now() < deadline; save++) {
          const article = articles[(editor * 3 + save) % articles.length]
          const locale = benchLocales[(editor + save) % benchLocales.length]
          // Mostly draft saves, and a publish now and then, as an editorial team works.
          const publish = save % 5 === 4
          const started = performance.now()
          try {
            const response = await fetch(`${api.url}/api/articles/${article}?locale=${locale}${publish ? '' : '&draft=true'}`, {
              method: 'PATCH',
              headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
              body: JSON.stringify({ summary: `Load ${editor}-${save} ${new Date().toISOString()}`, _status: publish ? 'published' : 'draft' }),
            })
            const body = await response.text()
            if (!response.ok) {
              errors++
              if (errorSamples.length < 5) errorSamples.push(`${response.status} ${body.slice(0, 200)}`)
            }
          } catch (error) {
            errors++
            if (errorSamples.length < 5) errorSamples.push((error as Error).message)
          }
          latencies.push(performance.now() - started)
        }
      }),
    )
  } finally {
    saving = false
    await builds
    await api.close()
  }
  const figures = {
    editors,
    seconds,
    saves: latencies.length,
    errors,
    errorSamples,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(...latencies),
    publishes,
  }
  options.log(`  ${figures.saves} saves by ${editors} editors in ${seconds} s, ${errors} errors, p50 ${Math.round(figures.p50Ms)} ms, p95 ${Math.round(figures.p95Ms)} ms, ${publishes} site builds meanwhile`)
  for (const sample of errorSamples) options.log(`    error: ${sample}`)
  return figures
}

/** A bench editor account (created once) signed in through the REST API; returns its session token. */
async function editorToken(payload: Payload, apiUrl: string, index: number): Promise<string> {
  const email = `load-editor-${index}@bench.concord.test`
  const { totalDocs } = await payload.count({ collection: collectionSlugs.users, where: { email: { equals: email } } })
  if (totalDocs === 0) await payload.create({ collection: collectionSlugs.users, data: { email, password, role: 'editor', name: `Load editor ${index}` } })
  const response = await fetch(`${apiUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  if (!response.ok) throw new Error(`Sign-in of ${email} answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
