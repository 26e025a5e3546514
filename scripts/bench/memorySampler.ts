import { Worker } from 'node:worker_threads'

export interface MemoryPeak {
  /** Highest summed RSS of the process tree seen. */
  peakBytes: number
  /** Processes in the tree at that moment. */
  processesAtPeak: number
  samples: number
}

/**
 * Samples the resident memory of process `root` and all its descendants every `intervalMs` in a worker thread, so
 * the samples keep coming while the main thread is busy. `stop()` returns the peak.
 */
export function startMemorySampler(root: number = process.pid, intervalMs = 100) {
  const worker = new Worker(new URL('./memorySampler.worker.ts', import.meta.url), { workerData: { root, intervalMs } })
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve())
    worker.once('error', reject)
  })
  return {
    ready,
    stop: async (): Promise<MemoryPeak> => {
      await ready
      const result = new Promise<MemoryPeak>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
      })
      worker.postMessage('stop')
      const peak = await result
      await worker.terminate()
      return peak
    },
  }
}
