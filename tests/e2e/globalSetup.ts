/**
 * Builds the demo portal once for the browser tests, the way an operator would: `npm run seed` into a fresh data
 * folder, then `npm run publish` into a release, served by Concord's own site server.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

const projectRoot = path.resolve(import.meta.dirname, '..', '..')

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteDir: string
  }
}

function run(script: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [script], { cwd: projectRoot, env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`)
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-e2e-'))
  // The server follows the live release, as in production, so later publishes show up; it starts first so the site
  // can be built for the origin it is served from (canonical URLs, hreflang, sitemaps), as a real deployment is.
  const { serveSite } = await import('../../scripts/siteServer')
  const server = await serveSite(() => path.join(dataDir, 'site', 'current'))
  const env = { ...process.env, CONCORD_DATA_DIR: dataDir, NODE_ENV: 'production', PAYLOAD_SECRET: 'e2e-secret', SITE_URL: server.url } as NodeJS.ProcessEnv
  delete env.DATABASE_URI
  run('scripts/seed.ts', env)
  run('scripts/publish.ts', env)
  // The first release, as published by the script: what the file-based checks read, whatever is published later.
  const siteDir = fs.realpathSync(path.join(dataDir, 'site', 'current'))
  project.provide('siteUrl', server.url)
  project.provide('siteDir', siteDir)
  return async () => {
    await server.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
