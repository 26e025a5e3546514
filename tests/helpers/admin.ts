import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import type { Role } from '../../cms/access/roles'
import { projectRoot } from '../../cms/paths'

const cmsDir = path.join(projectRoot, 'cms')
const buildIdFile = path.join(cmsDir, '.next', 'BUILD_ID')
const nextBin = path.join(projectRoot, 'node_modules', '.bin', 'next')

/** The newest modification time of what the admin build is made from: `cms/` (but its build) and the manifests. */
function newestAdminSource(): number {
  const files = fs
    .readdirSync(cmsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !path.relative(cmsDir, entry.parentPath).split(path.sep).includes('.next'))
    .map((entry) => path.join(entry.parentPath, entry.name))
  const manifests = ['package.json', 'package-lock.json', 'tsconfig.json'].map((name) => path.join(projectRoot, name)).filter((file) => fs.existsSync(file))
  return Math.max(...[...files, ...manifests].map((file) => fs.statSync(file).mtimeMs))
}

/** True when `cms/.next` is missing or older than any admin source file (a cheap check: file times only). */
export function adminBuildIsStale(): boolean {
  return !fs.existsSync(buildIdFile) || fs.statSync(buildIdFile).mtimeMs < newestAdminSource()
}

/** `next build cms` (about a minute and 2.5 GB), only when the existing build is missing or stale. */
export function buildAdminIfStale(env: NodeJS.ProcessEnv) {
  if (!adminBuildIsStale()) return false
  const result = spawnSync(nextBin, ['build', 'cms'], { cwd: projectRoot, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`next build cms failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`)
  return true
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

export interface RunningAdmin {
  url: string
  /** The admin's recent console output, for failure messages. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * `next start cms` on a free loopback port, working the job queue (`CONCORD_JOB_WORKER=1`) as `npm start` does,
 * so a publish in the admin builds and releases the public site. Resolves once the admin answers.
 */
export async function startAdmin(env: NodeJS.ProcessEnv): Promise<RunningAdmin> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(nextBin, ['start', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: projectRoot,
    // The admin's own origin is its CSRF allowlist (cms/boundary/adminOrigins.ts).
    env: { ...env, CONCORD_JOB_WORKER: '1', CONCORD_ADMIN_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops a site build it is running.
    detached: true,
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(-child.pid!, 'SIGTERM')
    const killed = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10_000))])
    if (!killed) process.kill(-child.pid!, 'SIGKILL')
  }
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The admin exited with ${child.exitCode}:\n${output}`)
    const ready = await fetch(`${url}/api/users/me`).then((response) => response.ok, () => false)
    if (ready) return { url, output: () => output, stop }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`The admin did not answer at ${url} within 90 s:\n${output}`)
}

/** Signs in through the REST API and returns the session token. */
export async function signIn(adminUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${adminUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`Sign-in of ${email} failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

export interface StaffAccount {
  email: string
  password: string
  role: Role
  assignedLocales?: string[]
}

/** Creates a staff account through the REST API as an admin would (only admins may give roles). */
export async function createStaffAccount(adminUrl: string, adminToken: string, account: StaffAccount & { name: string }) {
  const response = await fetch(`${adminUrl}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
    body: JSON.stringify(account),
  })
  if (!response.ok) throw new Error(`Creating ${account.email} failed: ${response.status} ${await response.text()}`)
}

/** The first admin's login, as `npm start` (scripts/prepare.ts) wrote it into the data folder. */
export function firstAdminLogin(dataDir: string): { email: string; password: string } {
  const file = fs.readdirSync(dataDir).find((name) => name.startsWith('first-admin') && name.endsWith('.txt'))
  const text = file ? fs.readFileSync(path.join(dataDir, file), 'utf8') : ''
  const email = /^email: (.+)$/m.exec(text)?.[1]
  const password = /^password: (.+)$/m.exec(text)?.[1]
  if (!email || !password) throw new Error(`No first-admin credentials in ${dataDir}`)
  return { email, password }
}

/** A copy of the seeded demo portal served by the production admin and its own site server, for one test file. */
export interface AdminPortal {
  dataDir: string
  site: Awaited<ReturnType<typeof import('../../publishing/serve/siteServer').serveSite>>
  admin: RunningAdmin
}

/**
 * Copies the seeded demo portal (`seedDir`, from the e2e global set-up), serves its site, builds the admin if stale,
 * prepares the data as `npm start` does (migrations, the first admin) and starts the admin on it.
 */
export async function startAdminPortal(seedDir: string, name: string): Promise<AdminPortal> {
  const { default: os } = await import('node:os')
  const { serveSite } = await import('../../publishing/serve/siteServer')
  const { copyPortalData, portalEnvironment, runScript } = await import('./portal')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `concord-e2e-${name}-`))
  copyPortalData(seedDir, dataDir)
  const site = await serveSite(() => path.join(dataDir, 'site', 'current'))
  const env = portalEnvironment(dataDir, site.url)
  buildAdminIfStale(env)
  runScript('scripts/prepare.ts', env)
  return { dataDir, site, admin: await startAdmin(env) }
}

/** Stops what `startAdminPortal` started and removes its copy. */
export async function stopAdminPortal(portal: Partial<AdminPortal> | undefined) {
  await portal?.admin?.stop()
  await portal?.site?.close()
  if (portal?.dataDir) fs.rmSync(portal.dataDir, { recursive: true, force: true })
}
