// A worker thread of a full render: loads the bundle (and with it the export) and renders its share of the routes.
import { parentPort, workerData } from 'node:worker_threads'

import { loadEntry } from './entry'
import { renderRoutes } from './renderRoutes'

const { entry, urls, outDir, siteUrl } = workerData as { entry: string; urls: string[]; outDir: string; siteUrl: string }
parentPort!.postMessage(await renderRoutes(await loadEntry(entry), urls, outDir, siteUrl))
