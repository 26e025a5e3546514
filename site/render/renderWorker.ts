// A worker thread of a full render: loads the bundle (and with it the export) and renders its share of the routes.
import { parentPort, workerData } from 'node:worker_threads'

import { loadEntry } from './bundleEntry'
import { renderRoutes } from './renderRoutes'
import { type PreviousRelease, toReleaseView } from './reusePages'

const { entry, exportDir, urls, outDir, siteUrl, previous } = workerData as {
  entry: string
  exportDir: string
  urls: string[]
  outDir: string
  siteUrl: string
  previous?: PreviousRelease
}
const bundle = await loadEntry(entry)
bundle.openExport(exportDir)
parentPort!.postMessage(await renderRoutes(bundle, urls, outDir, siteUrl, { previous: previous && toReleaseView(previous) }))
