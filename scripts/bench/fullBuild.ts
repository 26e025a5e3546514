/**
 * Full cold build: `scripts/build-site.ts` (export → Astro → uploads → Pagefind → precompressed copies) run as its
 * own process tree into a scratch folder, with its caches removed first, timed per phase, with the peak memory of
 * the whole tree.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'
import { countHtmlPages, countIndexedPages, namedPhases, parsePhaseTimings, type PhaseTiming } from './buildOutput'
import { startMemorySampler } from './memorySampler'

export interface FullBuildFigures {
  seconds: number
  exportSeconds: number | null
  renderSeconds: number | null
  pagefindSeconds: number | null
  precompressSeconds: number | null
  /** Every phase the build reported, under its own label. */
  phases: PhaseTiming[]
  htmlPages: number
  indexedPages: number
  pagesPerSecond: number
  peakRssBytes: number
}

/** Build caches a cold build must not find: Astro's, and the renderer's bundle and encoded images. */
export const buildCaches = [path.join(projectRoot, 'node_modules', '.astro'), path.join(projectRoot, '.astro'), path.join(projectRoot, 'node_modules', '.cache', 'concord')]

export async function measureFullBuild(benchDir: string, log: (line: string) => void): Promise<FullBuildFigures> {
  const exportDir = path.join(benchDir, 'export')
  const outDir = path.join(benchDir, 'full-build')
  for (const folder of [exportDir, outDir, ...buildCaches]) fs.rmSync(folder, { recursive: true, force: true })

  const { seconds, output, peakRssBytes } = await runSiteBuild([], { CONCORD_EXPORT_DIR: exportDir, CONCORD_SITE_OUT: outDir })
  const phases = parsePhaseTimings(output)
  for (const phase of phases) log(`  ${phase.label}: ${phase.seconds.toFixed(1)} s`)
  const htmlPages = countHtmlPages(outDir)
  return {
    seconds,
    ...namedPhases(phases),
    phases,
    htmlPages,
    indexedPages: countIndexedPages(outDir),
    pagesPerSecond: htmlPages / seconds,
    peakRssBytes,
  }
}

/** Runs `scripts/build-site.ts` with these arguments and variables as its own process tree: wall time, log, peak memory. */
export async function runSiteBuild(args: string[], env: Record<string, string>) {
  const started = performance.now()
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build-site.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const sampler = startMemorySampler(child.pid!)
  let output = ''
  const keep = (chunk: Buffer) => {
    output += chunk.toString()
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  const seconds = (performance.now() - started) / 1000
  const memory = await sampler.stop()
  if (code !== 0) throw new Error(`The site build failed (exit ${code}):\n${output.trim().split('\n').slice(-20).join('\n')}`)
  return { seconds, output, peakRssBytes: memory.peakBytes }
}
