/**
 * The site build process the CMS keeps between publishes (siteBuilder.ts): the same build as
 * `scripts/build-site.ts --skip-export`, asked for over IPC, so a publish does not pay for starting Node, loading
 * the TypeScript loader and importing the site's server bundle each time. It exits after a full build, which leaves
 * a large heap behind (and means the site code changed), and when the CMS goes away.
 */
import type { BuildReply, BuildRequest } from './siteBuilder'
import { buildRelease } from '../../site/render/buildRelease'
import { writePendingState } from '../../site/render/state'

if (!process.send) throw new Error('buildWorker.ts runs as a child of the publishing pipeline (siteBuilder.ts).')

process.on('disconnect', () => process.exit(0))
process.on('message', async (request: BuildRequest) => {
  const log: string[] = []
  let reply: BuildReply
  try {
    const result = await buildRelease({ ...request, saveStateSoon: true, log: (line) => log.push(line) })
    for (const [phase, ms] of Object.entries(result.timings)) log.push(`${phase}: ${(ms / 1000).toFixed(2)} s`)
    reply = { ok: true, kind: result.kind, rendered: result.rendered, written: result.written, pages: result.pages, log }
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), log }
  }
  process.send!(reply, () => {
    // The release's render state is written once the answer has gone (a publish does not wait for it).
    writePendingState()
    if (!reply.ok || reply.kind === 'full') process.exit(0)
  })
})
