import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'

/** The environment of a production-mode portal kept in `dataDir` whose public site is served at `siteUrl`. */
export function portalEnvironment(dataDir: string, siteUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONCORD_DATA_DIR: dataDir,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'e2e-secret',
    SITE_URL: siteUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  delete env.DATABASE_URI
  return env
}

/** Runs one of the project's scripts (`scripts/*.ts`) as an operator would; throws with its output when it fails. */
export function runScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [script, ...args], { cwd: projectRoot, env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

/**
 * Copies a portal's database and uploads (not its site releases) into another data folder, so a test can change
 * content without the other tests seeing it. Only while no process has the database open.
 */
export function copyPortalData(from: string, to: string) {
  for (const name of fs.readdirSync(from)) {
    if (/^concord\.db(-wal|-shm)?$/.test(name) || name === 'media' || name === 'files') {
      fs.cpSync(path.join(from, name), path.join(to, name), { recursive: true })
    }
  }
}
