/**
 * `npm run dev`: the admin with hot reload on its own database (`.data/dev.db`, schema pushed automatically rather
 * than migrated, so it never mixes with the production-mode database of `npm start`). Seeds it when empty.
 */
import { spawn, spawnSync } from 'node:child_process'

import { projectRoot } from '../cms/paths'

const adminPort = Number(process.env.ADMIN_PORT ?? 3000)
const env = { ...process.env, DATABASE_URI: process.env.DATABASE_URI ?? 'file:dev.db', NEXT_TELEMETRY_DISABLED: '1' }

const prepared = spawnSync('tsx', ['scripts/prepare.ts'], { cwd: projectRoot, env, stdio: 'inherit' })
if (prepared.status !== 0) process.exit(prepared.status ?? 1)

const admin = spawn('next', ['dev', 'cms', '--port', String(adminPort)], { cwd: projectRoot, env, stdio: 'inherit' })
console.log(`\nConcord admin (dev): http://localhost:${adminPort}/admin\n`)
const stop = () => admin.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
admin.on('exit', (code) => process.exit(code ?? 0))
