/**
 * Renders the site from the published-content export with the server bundle: every route (a full render, split
 * across worker processes), or after a publish only the routes whose dependencies changed (see site/lib/dependencies.ts).
 */
import { type ChildProcess, fork } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

import type { ReleaseView } from '../../publishing/releases/releases'
import type { ImageVariant } from '../lib/images'
import type { SiteBundle } from './bundle'
import { loadEntry } from './bundleEntry'
import { type RenderBatch, renderRoutes } from './renderRoutes'
import type { RenderWorkerInput, RenderWorkerMessage, SiteDescription } from './renderWorker'
import { toPreviousRelease } from './reusePages'
import { isPageKey } from '../lib/dependencies'
import { changedKeys, itemSignatures, noteChangedRoutes, recordRoutes, type RenderState } from './state'

export interface RenderOutcome {
  /** Files written (relative to the output folder). */
  written: string[]
  /** Files of the previous release that no longer exist. */
  removed: string[]
  rendered: number
  /** Files linked unchanged from the previous release instead of written. */
  reused: number
  state: RenderState
  images: ImageVariant[]
  /** After a publish: whether the loaded content was patched with the export's changes or read again whole. */
  content?: 'patched' | 'reloaded'
}

/** Routes a render worker is given at a time. */
const renderChunk = 250

async function openBundle(bundle: SiteBundle, exportDir: string) {
  const entry = await loadEntry(bundle.entry)
  const content = entry.openExport(exportDir)
  return { entry, content }
}

/** Renders every route; files identical to those of `previous` (when given) are linked from it, not written. */
export async function renderFull(
  bundle: SiteBundle,
  exportDir: string,
  outDir: string,
  siteUrl: string,
  previous?: ReleaseView,
  processes = Math.min(2, os.availableParallelism()),
): Promise<RenderOutcome> {
  // The first worker describes the site (its route table and item signatures) from the content it loads anyway:
  // this process never loads it, which kept 300 MB here through the search index at size M.
  let describe!: (site: SiteDescription) => void
  const site = new Promise<SiteDescription>((resolve) => (describe = resolve))
  const state: RenderState = { version: 1, bundle: bundle.hash, siteUrl, items: {}, queries: {}, keys: [], routes: {}, images: [] }
  const written: string[] = []
  const images: ImageVariant[] = []
  let reused = 0
  // Chunks are recorded in the table's order whichever worker rendered them (the search index's segments are made
  // in this order): one finished early waits for those before it.
  const finished = new Map<number, RenderBatch>()
  let recorded = 0
  const record = (start: number, batch: RenderBatch) => {
    finished.set(start, batch)
    for (let next = finished.get(recorded); next; next = finished.get(recorded)) {
      finished.delete(recorded)
      recordRoutes(state, next.routes)
      written.push(...next.routes.map((route) => route.file))
      images.push(...next.images)
      reused += next.reused
      recorded += renderChunk
    }
  }
  // Routes are handed out in chunks as workers ask, not split up front: their cost varies (lists, feeds, long
  // articles), and on a shared machine one thread may get less of the CPU; fixed halves left one worker idle for
  // a quarter of the render.
  let next = 0
  const workers: ChildProcess[] = []
  try {
    await Promise.all(
      Array.from(
        { length: Math.max(1, processes) },
        (_, index) =>
          new Promise<void>((resolve, reject) => {
            const worker = fork(fileURLToPath(new URL('./renderWorker.ts', import.meta.url)), {
              // The worker is TypeScript: load it through tsx whatever started this process (tsx, vitest).
              execArgv: ['--import', 'tsx/esm'],
              serialization: 'advanced',
            })
            workers.push(worker)
            const send = (input: RenderWorkerInput) => worker.send(input)
            send({ start: { entry: bundle.entry, exportDir, outDir, siteUrl, previous: previous && toPreviousRelease(previous), describe: index === 0 } })
            let given = -1
            worker.on('message', (message: RenderWorkerMessage) => {
              if (message.failed) return reject(new Error(message.failed))
              if (message.site) describe(message.site)
              if (message.done) record(given, message.done)
              void site.then(({ urls }) => {
                given = next
                send(urls.slice(next, (next += renderChunk)))
              })
            })
            worker.once('error', reject)
            worker.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`A render worker exited with ${code ?? signal}.`))))
          }),
      ),
    )
  } finally {
    // One worker failing leaves the others waiting for routes: they go with it.
    for (const worker of workers) if (worker.exitCode === null) worker.kill()
  }
  const { urls, items } = await site
  if (recorded < urls.length) throw new Error(`The render workers returned ${recorded} of ${urls.length} routes.`)
  state.items = items
  return { written, removed: [], rendered: written.length, reused, state, images: uniqueImages(images) }
}

/**
 * Renders only what changed since `previous` into `outDir` (which starts empty: the caller layers it over the
 * previous release). Returns undefined when a full render is needed instead (the site's code or address changed).
 */
export async function renderChanges(
  bundle: SiteBundle,
  exportDir: string,
  outDir: string,
  siteUrl: string,
  previous: RenderState,
): Promise<RenderOutcome | undefined> {
  if (previous.bundle !== bundle.hash || previous.siteUrl !== siteUrl) return undefined
  const { entry, content } = await openBundle(bundle, exportDir)
  const items = itemSignatures(entry, exportDir)
  const changed = changedKeys(previous.items, items)
  // Queries are answered from what item cards hold (queryRegistry.ts): when only page halves changed (an edited
  // text), no answer can have, and asking thousands of them again is skipped.
  if ([...changed].some((key) => !isPageKey(key))) {
    for (const [key, signature] of Object.entries(previous.queries)) {
      if (entry.querySignature(key) !== signature) changed.add(key)
    }
  }
  // A flag per key index: every read of 275,000 routes is looked at.
  const invalid = new Uint8Array(previous.keys.length)
  previous.keys.forEach((key, index) => changed.has(key) && (invalid[index] = 1))
  const table = entry.siteRoutes()
  const urls: string[] = []
  for (const [url, route] of table) {
    const before = previous.routes[url]
    if (!before || before.file !== route.file || before.reads.some((index) => invalid[index] === 1)) urls.push(url)
  }
  const removedUrls = Object.keys(previous.routes).filter((url) => !table.has(url))
  const batch = await renderRoutes(entry, urls, outDir, siteUrl, { unchanged: (url, hash) => previous.routes[url]?.hash === hash })
  const written = batch.routes.filter((route) => previous.routes[route.url]?.hash !== route.hash).map((route) => route.file)
  const removed = removedUrls.map((url) => previous.routes[url].file).filter((file) => !written.includes(file))
  // The previous state becomes the new one in place: it was read for this build alone, and copying a state of
  // 100,000 routes would cost more than the rest of a small publish.
  const state = previous
  state.items = items
  for (const url of removedUrls) delete state.routes[url]
  recordRoutes(state, batch.routes)
  noteChangedRoutes(state, batch.routes.map((route) => route.url), removedUrls)
  return { written, removed, rendered: batch.routes.length, reused: 0, state, images: uniqueImages(batch.images), content }
}

function uniqueImages(images: ImageVariant[]): ImageVariant[] {
  return [...new Map(images.map((image) => [image.file, image])).values()]
}
