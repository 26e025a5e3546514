/**
 * `npm run dev`: the admin and the public site, both reloading as their code changes. The admin runs on its own
 * database (`.data/dev.db`, schema pushed automatically rather than migrated, so it never mixes with the
 * production-mode database of `npm start`), seeded when empty. The site runs in Astro's dev server, rendering each
 * page on request from an export of the dev database's published content (`npm run dev` exports once at start;
 * `DATABASE_URI=file:dev.db npm run export -- .data/dev-export` refreshes it).
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

import { dataDir, projectRoot } from '../cms/paths'

const adminPort = Number(process.env.ADMIN_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const exportDir = path.join(dataDir, 'dev-export')
const env = {
  ...process.env,
  DATABASE_URI: process.env.DATABASE_URI ?? 'file:dev.db',
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  CONCORD_EXPORT_DIR: exportDir,
}
const run = (args: string[]) => {
  const result = spawnSync('tsx', args, { cwd: projectRoot, env, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run(['scripts/prepare.ts'])
run(['scripts/export.ts', exportDir])

const admin = spawn('next', ['dev', 'cms', '--port', String(adminPort)], { cwd: projectRoot, env, stdio: 'inherit' })
const site = spawn('astro', ['dev', '--port', String(sitePort)], { cwd: projectRoot, env, stdio: 'inherit' })
console.log(`\nConcord (dev):\n  public site  http://localhost:${sitePort}/\n  admin        http://localhost:${adminPort}/admin\n`)
const stop = () => {
  admin.kill('SIGTERM')
  site.kill('SIGTERM')
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of [admin, site]) child.on('exit', (code) => {
  stop()
  process.exit(code ?? 0)
})
