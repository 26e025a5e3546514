import type { IngestFigures } from './benchState'
import type { BenchSize } from './corpus'
import type { FullBuildFigures } from './fullBuild'
import type { LighthouseMeasurement } from './lighthouse'
import type { PageWeight } from './pageWeight'
import type { PublishToLiveFigures } from './publishToLive'
import type { RedesignFigures } from './redesign'
import type { SaveLoadFigures } from './saveLoad'
import type { SearchMeasurement } from './searchCost'
import type { WarmRebuildFigures } from './warmRebuild'

/** Everything one benchmark run measured; written as JSON, and the input of the table and the chart. */
export interface BenchResults {
  size: BenchSize
  corpusVersion: number
  startedAt: string
  finishedAt?: string
  commit?: string
  machine: { cpus: number; memoryBytes: number; node: string; platform: string }
  corpus: { articles: number; locales: string[]; topics: number; countries: number; images: number }
  ingest?: IngestFigures
  fullBuild?: FullBuildFigures
  /** Full rebuilds after a change to the site's code only, one per kind of change. */
  redesign?: RedesignFigures[]
  warmRebuild?: WarmRebuildFigures
  publishToLive?: PublishToLiveFigures
  saveLoad?: SaveLoadFigures
  search?: SearchMeasurement[]
  pageWeight?: PageWeight[]
  /** Every category's score per audited page; performance is the figure with a target. */
  lighthouse?: LighthouseMeasurement[]
  /** Phases that failed, with the error; the run goes on with the next phase. */
  errors: { phase: string; message: string }[]
}
