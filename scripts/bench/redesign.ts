/**
 * A full rebuild after a change to the site's code alone (the content unchanged): the site's source is edited for
 * the time of one build (and restored after it, whatever happens), which changes the bundle's hash, so
 * `scripts/build-site.ts --previous` builds everything again over the full build's output — reusing the pages that
 * come out byte-identical and the search segments whose indexed text is unchanged.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'
import { countHtmlPages, parsePhaseTimings, type PhaseTiming } from './buildOutput'
import { measureFullBuild, runSiteBuild } from './fullBuild'

export interface RedesignFigures {
  change: string
  seconds: number
  phases: PhaseTiming[]
  htmlPages: number
  pagesPerSecond: number
  /** Files written, and files and search segments linked from the previous release, as the build reported them. */
  written: number | null
  reusedFiles: number | null
  reusedSegments: number | null
  peakRssBytes: number
}

/** Code changes a redesign is made of: one template used by some pages, one stylesheet used by all. */
const changes = [
  { change: 'list template (pagination markup)', file: 'site/components/Pagination.astro', from: '<nav class="pagination"', to: '<nav class="pagination" data-layout="2"' },
  { change: 'stylesheet (accent colour)', file: 'site/styles/global.css', from: '--accent: #123b6d;', to: '--accent: #143f73;' },
]

export async function measureRedesign(benchDir: string, log: (line: string) => void): Promise<RedesignFigures[]> {
  const previous = path.join(benchDir, 'full-build')
  if (!fs.existsSync(path.join(previous, '.release', 'render-state.json'))) {
    log('  no full build to start from: building one')
    await measureFullBuild(benchDir, log)
  }
  const figures: RedesignFigures[] = []
  for (const { change, file, from, to } of changes) {
    const outDir = path.join(benchDir, 'redesign-build')
    fs.rmSync(outDir, { recursive: true, force: true })
    const { seconds, output, peakRssBytes } = await withEditedSource(file, from, to, () =>
      runSiteBuild(['--skip-export', '--previous', previous], { CONCORD_EXPORT_DIR: path.join(benchDir, 'export'), CONCORD_SITE_OUT: outDir }),
    )
    const summary = /full build: \d+ rendered, (\d+) written, .*reused from the previous release: (\d+) files, (\d+) search segments/.exec(output)
    const htmlPages = countHtmlPages(outDir)
    const result: RedesignFigures = {
      change,
      seconds,
      phases: parsePhaseTimings(output),
      htmlPages,
      pagesPerSecond: htmlPages / seconds,
      written: summary ? Number(summary[1]) : null,
      reusedFiles: summary ? Number(summary[2]) : null,
      reusedSegments: summary ? Number(summary[3]) : null,
      peakRssBytes,
    }
    log(`  ${change}: ${seconds.toFixed(1)} s, ${Math.round(result.pagesPerSecond)} pages/s (${result.written} files written, ${result.reusedFiles} and ${result.reusedSegments} search segments reused)`)
    log(`    ${result.phases.map((phase) => `${phase.label} ${phase.seconds.toFixed(1)} s`).join(', ')}`)
    figures.push(result)
    fs.rmSync(outDir, { recursive: true, force: true })
  }
  return figures
}

/** Runs `work` with one edit made to a source file of the site, restoring the file afterwards. */
async function withEditedSource<T>(file: string, from: string, to: string, work: () => Promise<T>): Promise<T> {
  const full = path.join(projectRoot, file)
  const original = fs.readFileSync(full, 'utf8')
  // An edit that no longer applies would time a build with no change at all.
  if (!original.includes(from)) throw new Error(`${file} no longer contains "${from}": update the benchmark's code change.`)
  fs.writeFileSync(full, original.replace(from, to))
  try {
    return await work()
  } finally {
    fs.writeFileSync(full, original)
  }
}
