/**
 * What a benchmark data folder holds, kept in small JSON files beside its database so a later run can reuse the
 * corpus (ingest takes long at size M) or resume an interrupted ingest. No Payload imports here: the folder is
 * prepared (and wiped with `--fresh`) before Payload opens the database inside it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { corpusVersion, type BenchSize } from './corpus'

export interface IngestFigures {
  /** `measured` in this run, or `saved` from the run that wrote the corpus (reused database). */
  source: 'measured' | 'saved'
  measuredAt: string
  articles: number
  /** One write per article per locale: a create in English, then a published update in each other locale. */
  localeWrites: number
  seconds: number
  articlesPerSecond: number
  localeWritesPerSecond: number
  /** Countries, topics, images and accounts, written before the articles. */
  taxonomySeconds: number
  /** Set when this ingest continued an interrupted one: the article it started from. */
  resumedAt?: number
}

export interface Taxonomy {
  corpusVersion: number
  size: BenchSize
  topicIds: (number | string)[]
  countryIds: Record<string, number | string>
  imageIds: (number | string)[]
  editorEmail: string
  seconds: number
}

export interface CorpusState {
  corpusVersion: number
  size: BenchSize
  articles: number
  ingest: IngestFigures
}

const corpusFile = (dir: string) => path.join(dir, 'corpus.json')
const taxonomyFile = (dir: string) => path.join(dir, 'taxonomy.json')

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

export const readCorpusState = (dir: string) => readJson<CorpusState>(corpusFile(dir))
export const readTaxonomy = (dir: string) => readJson<Taxonomy>(taxonomyFile(dir))
export const writeCorpusState = (dir: string, state: CorpusState) => fs.writeFileSync(corpusFile(dir), JSON.stringify(state, null, 2))
export const writeTaxonomy = (dir: string, taxonomy: Taxonomy) => fs.writeFileSync(taxonomyFile(dir), JSON.stringify(taxonomy, null, 2))

export type BenchDirPlan = 'reuse' | 'resume' | 'create'

/**
 * Decides what to do with the benchmark folder, and wipes it when it cannot be used: reuse a complete corpus of
 * this size and version, resume an interrupted ingest of the same one, or start from an empty folder.
 */
export function prepareBenchDir(dir: string, size: BenchSize, fresh: boolean, log: (line: string) => void): BenchDirPlan {
  const matches = (state?: { corpusVersion: number; size: BenchSize }) => state?.corpusVersion === corpusVersion && state.size === size
  if (!fresh) {
    if (matches(readCorpusState(dir))) return 'reuse'
    if (matches(readTaxonomy(dir))) return 'resume'
  }
  if (fs.existsSync(dir)) {
    log(`${fresh ? '--fresh' : 'No usable corpus'}: removing ${dir}`)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  fs.mkdirSync(dir, { recursive: true })
  return 'create'
}
