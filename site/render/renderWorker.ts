// A worker thread of a full render: loads the bundle (and with it the export) and renders its share of the routes.
import { parentPort, workerData } from 'node:worker_threads'

import { loadEntry } from './bundleEntry'
import { renderRoutes } from './renderRoutes'

const { entry, exportDir, urls, outDir, siteUrl } = workerData as { entry: string; exportDir: string; urls: string[]; outDir: string; siteUrl: string }
const bundle = await loadEntry(entry)
bundle.openExport(exportDir)
parentPort!.postMessage(await renderRoutes(bundle, urls, outDir, siteUrl))
