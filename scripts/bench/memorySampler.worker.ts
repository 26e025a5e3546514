/** The sampling loop of `startMemorySampler`, in its own thread. */
import { parentPort, workerData } from 'node:worker_threads'

import type { MemoryPeak } from './memorySampler'
import { treeResidentBytes } from './processTree'

const { root, intervalMs } = workerData as { root: number; intervalMs: number }
const peak: MemoryPeak = { peakBytes: 0, processesAtPeak: 0, samples: 0 }

function sample() {
  const { bytes, processes } = treeResidentBytes(root)
  peak.samples++
  if (bytes > peak.peakBytes) Object.assign(peak, { peakBytes: bytes, processesAtPeak: processes })
}

sample()
const timer = setInterval(sample, intervalMs)
parentPort!.postMessage('ready')
parentPort!.on('message', () => {
  clearInterval(timer)
  sample()
  parentPort!.postMessage(peak)
})
