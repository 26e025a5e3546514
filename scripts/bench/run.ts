/**
 * The benchmark, phase by phase. Each phase is one function with one result; a failing phase is reported and the
 * others still run. The corpus is ensured first (reused when this size and corpus version exist already).
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'

import path from 'node:path'

import { getPayload } from 'payload'
import type { Browser } from 'playwright-core'

import { dataDir, projectRoot } from '../../cms/paths'
import config from '../../cms/payload.config'
import { siteRoot } from '../../publishing/releases/siteFolders'
import { Releases } from '../../publishing/releases/releases'
import { serveSite } from '../../publishing/serve/siteServer'
import { readCorpusState, writeCorpusState, type BenchDirPlan } from './benchState'
import { launchChromium } from './chromium'
import { benchImageCount, benchSizes, corpusVersion } from './corpus'
import { measureFullBuild } from './fullBuild'
import { ingestInChunks } from './ingestInChunks'
import { benchCountries, benchLocales, benchTopics } from './lexicon'
import { auditedLocales, measureLighthouse } from './lighthouse'
import type { BenchOptions, BenchPhase } from './options'
import { measurePageWeights } from './pageWeight'
import { measurePublishToLive } from './publishToLive'
import { measureRedesign } from './redesign'
import { measureSaveLoad } from './saveLoad'
import type { BenchResults } from './results'
import { measureSearch } from './searchCost'
import { benchTable } from './table'
import { auditedVideoSlugs, ensureBenchVideos } from './videos'
import { ensureLiveRelease, measureWarmRebuild } from './warmRebuild'
import { writeResults } from './writeResults'

const log = (line: string) => console.log(line)

export async function runBench(options: BenchOptions, benchDir: string, plan: BenchDirPlan): Promise<boolean> {
  if (dataDir !== benchDir) throw new Error(`Refusing to run: the data folder is ${dataDir}, not ${benchDir}.`)
  const total = benchSizes[options.size]
  const results: BenchResults = {
    size: options.size,
    corpusVersion,
    startedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cpus: os.availableParallelism(), memoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}` },
    corpus: { articles: total, locales: [...benchLocales], topics: benchTopics.length, countries: benchCountries.length, images: benchImageCount },
    errors: [],
  }
  log(`Concord benchmark, size ${options.size}: ${total.toLocaleString('en')} articles × ${benchLocales.length} locales, data in ${benchDir}`)
  // Before Payload opens the database here: the ingest runs in child processes of its own.
  results.ingest = await ensureCorpus(options, benchDir, plan, total)
  const payload = await getPayload({ config })
  // Before any build: the corpus is articles only, and Lighthouse audits a video page too.
  await ensureBenchVideos(payload, log)
  let site: Awaited<ReturnType<typeof serveSite>> | undefined
  let browser: Browser | undefined
  try {
    const phase = async <T>(name: BenchPhase, title: string, work: () => Promise<T>): Promise<T | undefined> => {
      if (!options.phases.includes(name)) return undefined
      log(`\n${title}`)
      try {
        return await work()
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        log(`  failed: ${message}`)
        results.errors.push({ phase: name, message })
        return undefined
      }
    }
    /** The live release served as readers get it, started once for the phases that need it. */
    const liveSite = async () => {
      if (!site) {
        await ensureLiveRelease(payload, benchDir, log)
        site = await serveSite(() => new Releases(siteRoot).currentLink)
        log(`  site server: ${site.url}`)
      }
      return site.url
    }
    const chromium = async () => (browser ??= await launchChromium())

    results.fullBuild = await phase('full', 'Full cold build (scripts/build-site.ts)', () => measureFullBuild(benchDir, log))
    results.redesign = await phase('redesign', 'Full rebuild after a change to the site code only (build-site.ts --previous)', () => measureRedesign(benchDir, log))
    results.warmRebuild = await phase('warm', 'Warm rebuild, nothing changed (publishSite)', () => measureWarmRebuild(payload, benchDir, log))
    results.publishToLive = await phase('publish', `Publish-to-live, ${options.edits} single-article edits`, async () =>
      measurePublishToLive(payload, { benchDir, total, edits: options.edits, siteUrl: await liveSite(), browser: await chromium(), log }),
    )
    results.saveLoad = await phase('load', 'Editors saving in parallel while publishes run (REST)', () => measureSaveLoad(payload, { benchDir, log }))
    results.search = await phase('search', 'Search in Chromium, cold cache', async () => measureSearch(await chromium(), await liveSite(), log))
    results.pageWeight = await phase('weight', 'Page weight (brotli HTML + CSS)', async () => measurePageWeights(await liveSite(), 1, log))
    results.lighthouse = await phase('lighthouse', 'Lighthouse, mobile (home, article, video, search in en, zh, ar)', async () =>
      measureLighthouse(await liveSite(), 1, await auditedVideoSlugs(payload, auditedLocales), log),
    )
  } finally {
    results.finishedAt = new Date().toISOString()
    await browser?.close()
    await site?.close()
    await payload.destroy()
  }

  log(`\n${benchTable(results)}\n`)
  for (const error of results.errors) log(`${error.phase} failed: ${error.message}`)
  for (const file of writeResults(path.join(projectRoot, 'bench-results'), results)) log(`wrote ${path.relative(projectRoot, file)}`)
  return results.errors.length === 0
}

/** Reuses the corpus of an earlier run, or writes it (resuming an interrupted ingest); returns the ingest figures. */
async function ensureCorpus(options: BenchOptions, benchDir: string, plan: BenchDirPlan, total: number) {
  const saved = readCorpusState(benchDir)
  if (plan === 'reuse' && saved) {
    log(`Reusing the corpus ingested ${saved.ingest.measuredAt} (--fresh to ingest again)`)
    return { ...saved.ingest, source: 'saved' as const }
  }
  log(plan === 'resume' ? 'Resuming the ingest' : 'Ingest')
  const ingest = await ingestInChunks({ benchDir, size: options.size, total, log })
  writeCorpusState(benchDir, { corpusVersion, size: options.size, articles: total, ingest })
  return ingest
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}
