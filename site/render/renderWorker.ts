// A process of a full render: loads the bundle (and with it the export) and renders routes, a chunk at a time as it
// asks for them (see renderFull in renderSite.ts), until it is given an empty chunk. A child process, not a worker
// thread: the memory a render of 275,000 routes leaves behind goes back to the system when it exits, whereas a
// thread's stayed with the build process (1.1 GB at size M) through the search index that follows.
import { loadEntry } from './bundleEntry'
import { type RenderBatch, renderRoutes } from './renderRoutes'
import { type PreviousRelease, toReleaseView } from './reusePages'
import { itemSignatures, type RenderState } from './state'

export interface RenderWorkerData {
  entry: string
  exportDir: string
  outDir: string
  siteUrl: string
  previous?: PreviousRelease
  /** Send the site's description first (renderFull asks one worker). */
  describe?: boolean
}

/** What the renderer needs of the content: the addresses to render, in the table's order, and the item signatures. */
export interface SiteDescription {
  urls: string[]
  items: RenderState['items']
}

/**
 * What the renderer sends: first the worker's data, then chunks of addresses to render (an empty one to finish).
 */
export type RenderWorkerInput = { start: RenderWorkerData } | string[]

/**
 * What the worker sends: what it rendered of the chunk it was given (none at its start), asking for the next. Sent a
 * chunk at a time, not all at the end: the renderer records them as they come instead of holding two halves of a
 * site's routes, with every dependency key a string, at once.
 */
export interface RenderWorkerMessage {
  site?: SiteDescription
  done?: RenderBatch
  /** Why the worker stopped (its error's stack): the build reports it, a full disk as such (publishSite.ts). */
  failed?: string
}

const nextInput = (message?: RenderWorkerMessage) =>
  new Promise<RenderWorkerInput>((resolve) => {
    process.once('message', resolve)
    if (message) process.send!(message)
  })

async function render() {
  const input = await nextInput()
  if (Array.isArray(input)) throw new Error('A render worker was given routes before its data.')
  const { entry, exportDir, outDir, siteUrl, previous, describe } = input.start
  const bundle = await loadEntry(entry)
  bundle.openExport(exportDir)
  // A full render's folder starts empty (buildRelease): files are written in place.
  const options = { previous: previous && toReleaseView(previous), freshFolder: true }
  const site = describe ? { urls: [...bundle.siteRoutes().keys()], items: itemSignatures(bundle, exportDir) } : undefined
  let urls = (await nextInput({ site })) as string[]
  while (urls.length > 0) {
    const done = await renderRoutes(bundle, urls, outDir, siteUrl, options)
    urls = (await nextInput({ done })) as string[]
  }
}

// The renderer gone (killed, crashed): stop at once rather than go on writing into a release it gave up.
const stopWithRenderer = () => process.exit(1)
process.on('disconnect', stopWithRenderer)
try {
  await render()
  process.off('disconnect', stopWithRenderer)
  process.disconnect()
} catch (error) {
  const failed = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.send!({ failed } satisfies RenderWorkerMessage, () => process.exit(1))
}
