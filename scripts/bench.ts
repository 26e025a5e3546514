/**
 * `npm run bench [-- --size XS|S|M|L] [--fresh] [--edits N] [--only phases]`: measures Concord on a synthetic
 * multilingual corpus in its own data folder (`.data/bench-<size>`, never the demo database) and writes
 * `bench-results/<size>-<time>.json`, `<size>-latest.json` and `<size>-latest.svg`. See `scripts/bench/run.ts`.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { prepareBenchDir } from './bench/benchState'
import { benchUsage, parseBenchOptions } from './bench/options'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

let options
try {
  options = parseBenchOptions(process.argv.slice(2))
} catch (error) {
  console.error((error as Error).message)
  process.exit(2)
}
if (process.argv.includes('--help')) {
  console.log(benchUsage)
  process.exit(0)
}

// Set before anything reads cms/paths.ts: the benchmark's database, uploads and releases live in their own folder.
const benchDir = path.join(projectRoot, '.data', `bench-${options.size}`)
process.env.CONCORD_DATA_DIR = benchDir
if (process.env.DATABASE_URI) console.log('DATABASE_URI is ignored: the benchmark uses its own SQLite database.')
delete process.env.DATABASE_URI
// Production mode: migrations, not schema push (the npm script sets it; this covers `tsx scripts/bench.ts`).
Object.assign(process.env, { NODE_ENV: 'production' })

const plan = prepareBenchDir(benchDir, options.size, options.fresh, console.log)
const { runBench } = await import('./bench/run')
const ok = await runBench(options, benchDir, plan)
process.exit(ok ? 0 : 1)
