// A worker thread of a full search index: indexes its share of the languages with its own Pagefind process.
import { parentPort, workerData } from 'node:worker_threads'

import { close as closePagefind } from 'pagefind'

import { indexLanguage, type IndexedLanguage, type SearchPage } from './searchIndex'

const { outDir, languages, segmentPages } = workerData as { outDir: string; languages: { segment: string; pages: SearchPage[] }[]; segmentPages: number }
const results: IndexedLanguage[] = []
try {
  for (const { segment, pages } of languages) {
    const result = await indexLanguage(outDir, segment, pages, segmentPages)
    if (result) results.push(result)
  }
} finally {
  await closePagefind()
}
parentPort!.postMessage(results)
