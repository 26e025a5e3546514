// A worker thread of a full search index: indexes its share of the languages with its own Pagefind process.
import { parentPort, workerData } from 'node:worker_threads'

import { close as closePagefind } from 'pagefind'

import { indexLanguage, type IndexedLanguage, type PreviousSegments, type SearchPage } from './searchIndex'

const { outDir, languages, segmentPages, previous } = workerData as {
  outDir: string
  languages: { segment: string; pages: SearchPage[] }[]
  segmentPages: number
  previous?: PreviousSegments
}
const results: IndexedLanguage[] = []
try {
  for (const { segment, pages } of languages) {
    const result = await indexLanguage(outDir, segment, pages, segmentPages, previous)
    if (result) results.push(result)
  }
} finally {
  await closePagefind()
}
parentPort!.postMessage(results)
