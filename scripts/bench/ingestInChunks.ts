/**
 * The ingest, run as a series of child processes of at most `chunkSize` articles each. The SQLite driver
 * (libsql) keeps native memory for every statement it ran with its bound values — about 2 MB per article written
 * here, outside the JS heap (tursodatabase/libsql-js#153) — so one process writing size M would need ~20 GB;
 * a fresh process per chunk hands it back. Figures count the writing only, not each chunk's Payload start.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'
import type { IngestFigures } from './benchState'
import { readTaxonomy } from './benchState'
import type { BenchSize } from './corpus'
import { ingestChunkResultPrefix, type IngestChunk } from './ingest'
import { benchLocales } from './lexicon'

export async function ingestInChunks(options: { benchDir: string; size: BenchSize; total: number; chunkSize?: number; log: (line: string) => void }): Promise<IngestFigures> {
  const { benchDir, size, total, log, chunkSize = 1_000 } = options
  const chunks: IngestChunk[] = []
  for (;;) {
    const chunk = await runChunk(benchDir, size, total, chunkSize, log)
    chunks.push(chunk)
    if (chunk.first + chunk.articles > total) break
    if (chunk.articles === 0) throw new Error('An ingest chunk wrote nothing; stopping.')
  }
  const articles = chunks.reduce((sum, chunk) => sum + chunk.articles, 0)
  const seconds = chunks.reduce((sum, chunk) => sum + chunk.seconds, 0)
  const resumedAt = chunks[0].first > 1 ? chunks[0].first : undefined
  return {
    source: 'measured',
    measuredAt: new Date().toISOString(),
    articles,
    localeWrites: articles * benchLocales.length,
    seconds,
    articlesPerSecond: articles / seconds,
    localeWritesPerSecond: (articles * benchLocales.length) / seconds,
    taxonomySeconds: readTaxonomy(benchDir)?.seconds ?? chunks[0].taxonomySeconds,
    ...(resumedAt ? { resumedAt } : {}),
  }
}

function runChunk(benchDir: string, size: BenchSize, total: number, limit: number, log: (line: string) => void): Promise<IngestChunk> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/bench/ingestChunk.ts', size, String(total), String(limit)], {
      cwd: projectRoot,
      env: { ...process.env, CONCORD_DATA_DIR: benchDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let result: IngestChunk | undefined
    let pending = ''
    child.stdout.on('data', (data: Buffer) => {
      pending += data.toString()
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const line of lines) {
        if (line.startsWith(ingestChunkResultPrefix)) result = JSON.parse(line.slice(ingestChunkResultPrefix.length)) as IngestChunk
        else if (line.startsWith('  ') || line.startsWith('Accounts')) log(line)
      }
    })
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`An ingest chunk failed (exit ${code}).`))))
  })
}
