// A worker thread of a full render: loads the bundle (and with it the export) and renders routes, a chunk at a time
// as it asks for them (see renderFull in renderSite.ts), until it is given an empty chunk.
import { parentPort, workerData } from 'node:worker_threads'

import { loadEntry } from './bundleEntry'
import { type RenderBatch, renderRoutes } from './renderRoutes'
import { type PreviousRelease, toReleaseView } from './reusePages'

export interface RenderWorkerData {
  entry: string
  exportDir: string
  outDir: string
  siteUrl: string
  previous?: PreviousRelease
}

/** What the worker sends: a request for more routes, or everything it rendered. */
export type RenderWorkerMessage = 'more' | { done: RenderBatch }

const { entry, exportDir, outDir, siteUrl, previous } = workerData as RenderWorkerData
const bundle = await loadEntry(entry)
bundle.openExport(exportDir)
const options = { previous: previous && toReleaseView(previous) }
const nextChunk = () =>
  new Promise<string[]>((resolve) => {
    parentPort!.once('message', resolve)
    parentPort!.postMessage('more' satisfies RenderWorkerMessage)
  })
const rendered: RenderBatch = { routes: [], images: [], reused: 0 }
for (let urls = await nextChunk(); urls.length > 0; urls = await nextChunk()) {
  const batch = await renderRoutes(bundle, urls, outDir, siteUrl, options)
  rendered.routes.push(...batch.routes)
  rendered.images.push(...batch.images)
  rendered.reused += batch.reused
}
parentPort!.postMessage({ done: rendered } satisfies RenderWorkerMessage)
