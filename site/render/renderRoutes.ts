import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { ReleaseView } from '../../publishing/releases/releases'
import type { ImageVariant } from '../lib/images'
import type { SiteRoute } from '../lib/sitePages'
import type { BundleEntry } from './bundleEntry'
import { isCompressible, writeCompressed, writeFile } from './precompress'
import { linkIdenticalFile } from './reusePages'

export interface RenderedRoute {
  url: string
  file: string
  /** Hash of the response body: unchanged output is not written again after a publish. */
  hash: string
  reads: string[]
  queries: [string, string][]
  /** The page has content for the search index (`data-pagefind-body`). */
  searchable: boolean
  /** A searchable item page's date (see site/render/searchIndex.ts). */
  date?: string
}

export interface RenderBatch {
  routes: RenderedRoute[]
  images: ImageVariant[]
  /** Files linked from the previous release rather than written (identical bytes). */
  reused: number
}

export interface RenderRoutesOptions {
  /** The release already has exactly this output: nothing is written (an incremental build's layer). */
  unchanged?: (url: string, hash: string) => boolean
  /** A release to link identical files from (a full build after a change to the site's code). */
  previous?: ReleaseView
  /**
   * `outDir` started empty and only this render writes it (a full render): files are written in place. Otherwise it
   * may hold hard links shared with the live release, and each file is written beside and renamed over.
   */
  freshFolder?: boolean
}

/** The status a route must answer with: the not-found pages 404, everything else (page 404 of a list too) 200. */
export function expectedStatus(route: SiteRoute): 200 | 404 {
  return route.url === '/404/' || route.page?.kind === 'notFound' ? 404 : 200
}

/**
 * Renders routes of the table through the bundle's App and writes each body to `outDir/<file>` — unless
 * `unchanged(url, hash)` says the release already has exactly that, or the previous release has the same bytes to
 * link. A route that does not answer with its expected status fails the whole batch: a release is never made of a
 * page that failed to render.
 */
export async function renderRoutes(
  entry: BundleEntry,
  urls: string[],
  outDir: string,
  siteUrl: string,
  { unchanged = () => false, previous, freshFolder = false }: RenderRoutesOptions = {},
): Promise<RenderBatch> {
  const table = entry.siteRoutes()
  const routes: RenderedRoute[] = []
  const madeDirs = new Set<string>()
  let reused = 0
  for (const url of urls) {
    const route = table.get(url)
    if (!route) throw new Error(`No route for ${url}`)
    const request = new Request(new URL(url, siteUrl))
    const { result: response, trace } = await entry.traceRender(() => entry.app.render(request, { routeData: entry.app.match(request) }))
    const expected = expectedStatus(route)
    const body = Buffer.from(await response.arrayBuffer())
    if (response.status !== expected) {
      throw new Error(`Rendering ${url} answered ${response.status} (expected ${expected}): ${body.toString('utf8').slice(0, 500)}`)
    }
    const hash = createHash('sha1').update(body).digest('base64url').slice(0, 20)
    if (!unchanged(url, hash)) {
      const file = path.join(outDir, route.file)
      const dir = path.dirname(file)
      if (!madeDirs.has(dir)) {
        fs.mkdirSync(dir, { recursive: true })
        madeDirs.add(dir)
      }
      if (previous && linkIdenticalFile(previous, route.file, body, file)) {
        reused++
      } else {
        writeFile(file, body, freshFolder)
        if (isCompressible(file)) writeCompressed(file, body, freshFolder)
      }
    }
    const searchable = route.file.endsWith('.html') && body.includes('data-pagefind-body')
    routes.push({ url, file: route.file, hash, reads: [...trace.reads], queries: [...trace.queries], searchable, ...(searchable && route.date ? { date: route.date } : {}) })
  }
  return { routes, images: entry.takeRequiredImages(), reused }
}
