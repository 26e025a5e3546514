// A worker thread of a full search index: indexes one segment at a time with its own Pagefind process, asking for
// the next as it finishes one (see indexRelease in searchIndex.ts), until there is none.
import { parentPort, workerData } from 'node:worker_threads'

import { close as closePagefind } from 'pagefind'

import { indexSegment, type SearchWorkerData, type SearchWorkerJob, type SearchWorkerMessage } from './searchIndex'

const { outDir, previous } = workerData as SearchWorkerData
const nextJob = (message: SearchWorkerMessage) =>
  new Promise<SearchWorkerJob>((resolve) => {
    parentPort!.once('message', resolve)
    parentPort!.postMessage(message)
  })
try {
  let next = await nextJob({})
  while (next) {
    const done = await indexSegment(outDir, next.job, next.pages, previous)
    next = await nextJob({ done })
  }
} finally {
  await closePagefind()
}
