/**
 * Builds the demo portal once for the browser tests, the way an operator would: `npm run seed` into a fresh data
 * folder, then `npm run publish` into a release, served by Concord's own site server.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { portalEnvironment, runScript } from '../helpers/portal'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteDir: string
    /** The seeded portal's data folder (database, uploads, releases); copy it before changing content. */
    dataDir: string
  }
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-e2e-'))
  // The server follows the live release, as in production; it starts first so the site can be built for the origin
  // it is served from (canonical URLs, hreflang, sitemaps), as a real deployment is.
  const { serveSite } = await import('../../publishing/serve/siteServer')
  const server = await serveSite(() => path.join(dataDir, 'site', 'current'))
  try {
    const env = portalEnvironment(dataDir, server.url)
    runScript('scripts/seed.ts', env)
    runScript('scripts/publish.ts', env)
  } catch (error) {
    await server.close()
    throw error
  }
  project.provide('siteUrl', server.url)
  project.provide('siteDir', fs.realpathSync(path.join(dataDir, 'site', 'current')))
  project.provide('dataDir', dataDir)
  return async () => {
    await server.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
