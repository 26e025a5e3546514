/**
 * `npm start`: the portal in production mode on a fresh clone. Applies migrations and seeds the demo corpus when
 * the database is empty, builds the admin and the site when they are not built yet, then serves both.
 * Ctrl-C stops everything.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { markPortalRunning } from '../cms/backup/portalPidFile'
import { projectRoot } from '../cms/paths'
import { liveExportDir, siteRoot } from '../publishing/releases/siteFolders'
import { Releases } from '../publishing/releases/releases'
import { serveSite, tlsFromEnvironment } from '../publishing/serve/siteServer'
import { renderDraft } from '../site/render/preview'

const adminPort = Number(process.env.ADMIN_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const releases = new Releases(siteRoot)
const siteUrl = process.env.SITE_URL ?? `http://localhost:${sitePort}`
const env = {
  ...process.env,
  NODE_ENV: 'production' as const,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  // The admin's Preview button opens drafts on the site server.
  CONCORD_PREVIEW_URL: process.env.CONCORD_PREVIEW_URL ?? siteUrl,
}
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: projectRoot, env, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// Named in the data folder while it runs: `npm run restore` refuses to swap the folder under a running portal.
markPortalRunning()
run('tsx', ['scripts/prepare.ts'])
// A publish cut short by a crash or kill -9 is settled before the admin works the queue again (never left "running").
run('tsx', ['scripts/recover-builds.ts'])
if (!fs.existsSync(path.join(projectRoot, 'cms', '.next', 'BUILD_ID'))) {
  console.log('Building the admin (about a minute, once) …')
  run('next', ['build', 'cms'])
}
if (!releases.current()) {
  console.log('Building the first release of the public site …')
  run('tsx', ['scripts/publish.ts', 'first start'])
}

// The admin process also runs the queued jobs: site builds after a publish, and scheduled publishing.
const admin = spawn('next', ['start', 'cms', '--port', String(adminPort)], {
  cwd: projectRoot,
  env: { ...env, CONCORD_JOB_WORKER: '1' },
  stdio: 'inherit',
})
// The server resolves the `current` link on every request, so a new release is served the moment it is switched in.
const previewOptions = { cmsUrl: `http://127.0.0.1:${adminPort}`, siteUrl, liveRelease: () => releases.currentLink, exportDir: liveExportDir() }
const preview = (pathname: string, cookie: string | undefined) => renderDraft(pathname, cookie, previewOptions)
// With CONCORD_TLS_CERT and CONCORD_TLS_KEY the site speaks HTTPS, and SITE_HTTP_PORT (if set) redirects HTTP to it.
const tls = tlsFromEnvironment()
const httpPort = process.env.SITE_HTTP_PORT ? Number(process.env.SITE_HTTP_PORT) : undefined
const site = await serveSite(() => releases.currentLink, sitePort, process.env.SITE_HOST ?? '127.0.0.1', { preview, tls, httpPort }).catch((error) => {
  console.error(`The public site cannot listen on port ${sitePort}: ${(error as Error).message}. Set SITE_PORT to another port.`)
  admin.kill('SIGTERM')
  process.exit(1)
})
console.log(`\nConcord is running:\n  public site  ${site.url}/\n  admin        http://localhost:${adminPort}/admin\n`)
const stop = () => {
  admin.kill('SIGTERM')
  void site.close()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
admin.on('exit', (code) => process.exit(code ?? 0))
