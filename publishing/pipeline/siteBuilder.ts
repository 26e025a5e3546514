import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'
import { killBuildProcess } from './killBuildProcess'

/**
 * The build process's entry, beside this file. Found from the project root rather than `import.meta.url`: inside
 * the admin's Next bundle `import.meta.url` names the bundle's chunk, not this source file.
 */
const buildWorkerEntry = path.join(projectRoot, 'publishing', 'pipeline', 'buildWorker.ts')

export interface BuildRequest {
  exportDir: string
  outDir: string
  /** The live release: only what changed since is built, layered over it. */
  previous?: string
  full?: boolean
  /** The public origin the release is built for. */
  siteUrl?: string
}

export type BuildReply =
  | { ok: true; kind: 'full' | 'incremental'; rendered: number; written: number; pages: number; log: string[] }
  | { ok: false; error: string; log: string[] }

/**
 * Builds releases in a child process kept between publishes (buildWorker.ts), one build at a time. A child
 * process rather than a thread, so a crash or a runaway build cannot take the CMS down and a cancelled build can be
 * killed outright; kept alive, so a publish does not start Node and import the site again (about half a second).
 */
export class SiteBuilder {
  private child?: ChildProcess
  private queue: Promise<unknown> = Promise.resolve()

  /** `onStarted` is told the build process's pid when the build is handed to it (for crash recovery's records). */
  build(request: BuildRequest, signal?: AbortSignal, onStarted?: (pid: number) => void): Promise<Extract<BuildReply, { ok: true }>> {
    const run = this.queue.then(() => this.run(request, signal, onStarted))
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Stops the build process (it is started again by the next build). */
  stop() {
    if (this.child) killBuildProcess(this.child.pid)
    this.child = undefined
  }

  private start(): ChildProcess {
    // Node itself with tsx's loader, not the tsx command: that command runs the script in a second process, which
    // would live on (and keep writing) when a cancelled build is killed.
    const child = spawn(process.execPath, ['--import', 'tsx/esm', buildWorkerEntry], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Its own process group: a full build renders in worker processes of its own (site/render/renderWorker.ts),
      // which a kill must take too (killBuildProcess).
      detached: true,
    })
    child.once('exit', () => {
      if (this.child === child) this.child = undefined
    })
    // An idle builder must not keep the CMS (or a script, or a test) running; a build in progress must (see run).
    idle(child)
    ;(child.stdout as unknown as { unref?: () => void })?.unref?.()
    ;(child.stderr as unknown as { unref?: () => void })?.unref?.()
    return child
  }

  private run(request: BuildRequest, signal?: AbortSignal, onStarted?: (pid: number) => void): Promise<Extract<BuildReply, { ok: true }>> {
    if (signal?.aborted) return Promise.reject(new Error('The site build was cancelled before it started.'))
    const child = (this.child ??= this.start())
    return new Promise((resolve, reject) => {
      let output = ''
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-8000)
      }
      const tail = () => output.trim().split('\n').slice(-15).join('\n')
      const done = () => {
        idle(child)
        child.stdout?.off('data', keep)
        child.stderr?.off('data', keep)
        child.off('message', onMessage)
        child.off('exit', onExit)
        signal?.removeEventListener('abort', onAbort)
      }
      const onMessage = (reply: BuildReply) => {
        done()
        // The worker exits after a full or failed build: the next build starts a fresh one.
        if ((!reply.ok || reply.kind === 'full') && this.child === child) this.child = undefined
        if (reply.ok) resolve(reply)
        else reject(new Error(`The site build failed:\n${[...reply.log.slice(-5), reply.error].join('\n')}`))
      }
      const onExit = (code: number | null, killedBy: NodeJS.Signals | null) => {
        done()
        reject(
          new Error(
            signal?.aborted
              ? 'The site build was cancelled and killed.'
              : `The site build ${killedBy ? `was killed (${killedBy})` : `exited with ${code}`}:\n${tail()}`,
          ),
        )
      }
      const onAbort = () => {
        if (this.child === child) this.child = undefined
        killBuildProcess(child.pid)
      }
      child.stdout?.on('data', keep)
      child.stderr?.on('data', keep)
      child.on('message', onMessage)
      child.on('exit', onExit)
      signal?.addEventListener('abort', onAbort, { once: true })
      // Waiting for the reply keeps the process alive: a script that awaits a publish must not exit under it.
      child.ref()
      child.channel?.ref()
      try {
        if (child.pid !== undefined) onStarted?.(child.pid)
      } catch {
        // Only a record for crash recovery: the build goes on without it.
      }
      child.send(request)
    })
  }
}

function idle(child: ChildProcess) {
  child.unref()
  child.channel?.unref()
}

/** The CMS's one builder. */
export const siteBuilder = new SiteBuilder()
