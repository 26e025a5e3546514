import fs from 'node:fs'
import path from 'node:path'

import type { BenchResults } from './results'
import { benchSvg } from './svgChart'

/** Writes `<size>-<time>.json`, `<size>-latest.json` and `<size>-latest.svg` into `folder`; returns their paths. */
export function writeResults(folder: string, results: BenchResults): string[] {
  fs.mkdirSync(folder, { recursive: true })
  const stamp = results.startedAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  const json = JSON.stringify(results, null, 2)
  const files = [
    [path.join(folder, `${results.size}-${stamp}.json`), json],
    [path.join(folder, `${results.size}-latest.json`), json],
    [path.join(folder, `${results.size}-latest.svg`), benchSvg(results)],
  ] as const
  for (const [file, content] of files) fs.writeFileSync(file, content)
  return files.map(([file]) => file)
}
