/** What a publish answers: shared by the pipeline, its listeners and the benchmark. */
export interface PublishResult {
  status: 'live' | 'failed'
  release?: string
  durationMs: number
  error?: string
  /**
   * Where the time went, in milliseconds, in order: `export`, the builder's own phases (`bundle`, `render`,
   * `search`, …), `builder process` (starting it and handing over the result), `check and switch`.
   */
  phases: Record<string, number>
  /** When the new release went live (epoch milliseconds). */
  switchedAt?: number
}
