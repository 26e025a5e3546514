import { benchSizes, type BenchSize } from './corpus'

export const benchPhases = ['ingest', 'full', 'redesign', 'warm', 'publish', 'load', 'search', 'weight', 'lighthouse'] as const
export type BenchPhase = (typeof benchPhases)[number]

export interface BenchOptions {
  size: BenchSize
  /** Throw the benchmark database away and ingest again. */
  fresh: boolean
  /** Single-article publishes timed end to end. */
  edits: number
  /** Phases to run (all by default); the corpus is always ensured first. */
  phases: BenchPhase[]
}

export const benchUsage = `npm run bench -- [--size XS|S|M|L] [--fresh] [--edits N] [--only full,redesign,warm,publish,load,search,weight,lighthouse]`

/**
 * Reads the command line. Without `--`, npm takes the options for itself: `npm run bench --size=M` arrives as the
 * variable `npm_config_size=M`, and `npm run bench --size M` as `npm_config_size=true` plus an argument `M`; both
 * are understood (other options need `--`).
 */
export function parseBenchOptions(argv: string[], env: Record<string, string | undefined> = process.env): BenchOptions {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`)
    if (index >= 0) return argv[index + 1]
    const inline = argv.find((argument) => argument.startsWith(`--${name}=`))
    if (inline) return inline.slice(name.length + 3)
    const fromNpm = env[`npm_config_${name}`]
    return fromNpm === 'true' ? argv.find((argument) => !argument.startsWith('-')) : fromNpm
  }
  const size = (value('size') ?? 'S').toUpperCase()
  if (!(size in benchSizes)) throw new Error(`Unknown size "${size}". ${benchUsage}`)
  const edits = Number(value('edits') ?? 20)
  if (!Number.isInteger(edits) || edits < 0) throw new Error(`--edits takes a whole number. ${benchUsage}`)
  const only = value('only')
  const phases = only ? only.split(',').map((phase) => phase.trim()) : [...benchPhases]
  const unknown = phases.filter((phase) => !(benchPhases as readonly string[]).includes(phase))
  if (unknown.length > 0) throw new Error(`Unknown phase "${unknown.join(', ')}". ${benchUsage}`)
  const fresh = argv.includes('--fresh') || env.npm_config_fresh === 'true'
  return { size: size as BenchSize, fresh, edits, phases: phases as BenchPhase[] }
}
