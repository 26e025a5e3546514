import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, resolved from this file so commands work from any working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Local state (database, secrets, uploads); git-ignored. `CONCORD_DATA_DIR` moves it, e.g. for tests. */
export const dataDir = path.resolve(/*turbopackIgnore: true*/ process.env.CONCORD_DATA_DIR ?? path.join(projectRoot, '.data'))

export const migrationsDir = path.join(projectRoot, 'cms', 'migrations')
