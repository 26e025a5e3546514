/**
 * Builds a release of the public site from an export: either a full release (every page, all assets, the whole
 * search index) or, after a publish, an incremental one — the pages the publish affected, layered over the last full
 * release, with a small search index of its own (see cms/publishing/releases.ts for the layering).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { type LayerDescription, openRelease, releaseMetaDir, resolveReleaseFile } from '../../publishing/releases/releases'
import { ensureBundle, type SiteBundle } from './bundle'
import { writeImages } from './images'
import { precompress } from './precompress'
import {
  copyReleaseUploads,
  readUploadManifest,
  referencedUploads,
  saveUploadManifest,
  updateLayerUploads,
  uploadFolders,
  variantsOfRemovedImages,
} from './releaseUploads'
import { type RenderOutcome, renderChanges, renderFull } from './renderSite'
import { deltaFolder, indexDelta, writeEmptyDelta } from './searchDelta'
import { indexRelease } from './searchIndex'
import { indexedText, type SegmentRecord } from './searchSegments'
import { type RenderState, saveState, saveStateSoon, takeState } from './state'

export interface BuildOptions {
  exportDir: string
  /** An empty folder: the new release. */
  outDir: string
  /**
   * The live release: only what changed since is built, layered over it; when a full build is needed (the site's
   * code changed, or `full`), its identical pages and search segments are reused. Without it the build is from scratch.
   */
  previous?: string
  siteUrl?: string
  /** Build everything even when an incremental build is possible. */
  full?: boolean
  /** Pages per search index segment (see searchIndex.ts); tests make it small. */
  searchSegmentPages?: number
  /**
   * Write the release's render state after the build has answered (state.ts, `saveStateSoon`): for the build process
   * the CMS keeps, which must then call `writePendingState` before it exits.
   */
  saveStateSoon?: boolean
  log?: (line: string) => void
}

export interface BuildResult {
  kind: 'full' | 'incremental'
  /** Pages and files rendered, and how many of them changed. */
  rendered: number
  written: number
  pages: number
  /** In a full build over a previous release: its files and search segments reused unchanged. */
  reused?: { files: number; segments: number }
  timings: Record<string, number>
}

/** An incremental release stops paying off when its layer grows large: the next build is then a full one. */
const maxLayerPages = 2000

const stateFile = (release: string) => path.join(release, releaseMetaDir, 'render-state.json')

export async function buildRelease(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? console.log
  const siteUrl = options.siteUrl ?? process.env.SITE_URL ?? 'http://localhost:4321'
  const timings: Record<string, number> = {}
  const time = async <T>(label: string, work: () => T | Promise<T>): Promise<T> => {
    const started = Date.now()
    const result = await work()
    timings[label] = Date.now() - started
    return result
  }
  const bundle = await time('bundle', () => ensureBundle(log))
  const previousState = options.previous ? takeState(stateFile(options.previous)) : undefined
  fs.mkdirSync(options.outDir, { recursive: true })
  if (previousState && options.previous && !options.full) {
    // Left as it was when the incremental build is not possible (it updates the state only once it renders).
    const result = await buildIncremental(bundle, options, options.previous, previousState, siteUrl, time)
    if (result) return { ...result, timings }
    log('incremental build not possible (site code, address or layer size changed): building everything')
    fs.rmSync(options.outDir, { recursive: true, force: true })
    fs.mkdirSync(options.outDir, { recursive: true })
  }
  const reuse = options.previous && previousState ? { release: options.previous, state: previousState } : undefined
  return { ...(await buildFull(bundle, options, siteUrl, time, reuse)), timings }
}

type Timer = <T>(label: string, work: () => T | Promise<T>) => Promise<T>

/** A full build over an earlier release reuses what comes out the same (see reusePages.ts and searchSegments.ts). */
async function buildFull(bundle: SiteBundle, options: BuildOptions, siteUrl: string, time: Timer, reuse?: { release: string; state: RenderState }) {
  const { outDir, exportDir } = options
  const outcome = await time('render', () => renderFull(bundle, exportDir, outDir, siteUrl, reuse && openRelease(reuse.release)))
  await time('assets', async () => {
    fs.cpSync(bundle.clientDir, outDir, { recursive: true })
    // Only the uploads some page uses (see releaseUploads.ts).
    saveUploadManifest(outDir, copyReleaseUploads(outDir, referencedUploads(outcome.state, exportDir)))
    await writeImages(outcome.images, outDir)
  })
  const searchable = Object.entries(outcome.state.routes)
    .filter(([, route]) => route.searchable)
    .map(([url, route]) => ({ url, file: route.file, date: route.date }))
  const previousSegments = reuse?.state.search && { release: reuse.release, segments: reuse.state.search }
  const search = await time('search', () => indexRelease(outDir, searchable, { segmentPages: options.searchSegmentPages, previous: previousSegments }))
  // The search page asks for its language's part of the publish layer on every load: a full release answers it
  // (nothing changed), never 404.
  writeEmptyDelta(outDir)
  // Pages were compressed as they were rendered; the assets and the search index's scripts remain.
  // Listed by folder: walking a release of 165,000 pages to find the few dozen assets took longer than compressing them.
  const assets = [
    ...listFiles(bundle.clientDir),
    ...['pagefind', 'pagefind-delta', ...Object.values(uploadFolders)].flatMap((folder) =>
      fs.existsSync(path.join(outDir, folder)) ? listFiles(path.join(outDir, folder)).map((file) => path.join(folder, file)) : [],
    ),
  ]
  await time('compress', () => precompress(outDir, assets))
  outcome.state.images = outcome.images.map((image) => image.file)
  outcome.state.search = search.segments
  saveReleaseState(outDir, outcome.state, options.saveStateSoon)
  return {
    kind: 'full' as const,
    rendered: outcome.rendered,
    written: outcome.written.length - outcome.reused,
    pages: Object.keys(outcome.state.routes).length,
    ...(reuse ? { reused: { files: outcome.reused, segments: search.reused } } : {}),
  }
}

async function buildIncremental(
  bundle: SiteBundle,
  options: BuildOptions,
  previous: string,
  previousState: RenderState,
  siteUrl: string,
  time: Timer,
) {
  const { outDir, exportDir } = options
  const before = openRelease(previous)
  const layer: LayerDescription = before.layers.length > 1
    ? (JSON.parse(fs.readFileSync(path.join(previous, releaseMetaDir, 'layer.json'), 'utf8')) as LayerDescription)
    : { base: path.basename(previous), deleted: [] }
  // The new layer starts as the previous one (hard links: nothing is copied) and receives the new pages.
  if (before.layers.length > 1) {
    await time('layer', () => {
      for (const entry of fs.readdirSync(previous)) {
        if (entry === releaseMetaDir || entry === deltaFolder) continue
        execFileSync('cp', ['-al', path.join(previous, entry), outDir])
      }
    })
  }
  const outcome: RenderOutcome | undefined = await time('render', () => renderChanges(bundle, exportDir, outDir, siteUrl, previousState))
  if (!outcome) return undefined
  options.log?.(outcome.content === 'patched' ? 'content patched with the export’s changes' : 'content read again from the export')
  const deleted = new Set(layer.deleted)
  for (const file of outcome.removed) {
    for (const suffix of ['', '.br', '.gz']) {
      deleted.add(file + suffix)
      fs.rmSync(path.join(outDir, file + suffix), { force: true })
    }
  }
  const view = { root: outDir, layers: [outDir, path.join(path.dirname(previous), layer.base)], deleted }
  await time('assets', async () => {
    // New and changed uploads come into the layer; those no page uses any more are recorded as deleted.
    const uploads = referencedUploads(outcome.state, exportDir)
    saveUploadManifest(outDir, updateLayerUploads(outDir, view, uploads, readUploadManifest(previous), deleted))
    await writeImages(outcome.images, outDir, (file) => Boolean(resolveReleaseFile(view, file)))
    // Resized copies of an image leave with it (those of images still served may stay, like old hashed assets).
    const images = [...new Set([...outcome.state.images, ...outcome.images.map((image) => image.file)])]
    const removed = new Set(variantsOfRemovedImages(images, uploads))
    for (const file of removed) {
      fs.rmSync(path.join(outDir, file), { force: true })
      deleted.add(file)
    }
    outcome.state.images = images.filter((file) => !removed.has(file))
  })
  // A written file shadows the base's copy; so must its compressed copies, or the base's stale ones show through.
  for (const file of outcome.written) {
    for (const suffix of ['', '.br', '.gz']) {
      if (fs.existsSync(path.join(outDir, file + suffix))) deleted.delete(file + suffix)
      else deleted.add(file + suffix)
    }
  }
  // The layer's own folder is small: list it rather than asking about every route of the site.
  const urlOf = routeUrlOf(outcome.state.routes)
  const layerPages = listFiles(outDir).flatMap((file) => {
    const url = file.endsWith('.html') && !file.startsWith('.') ? urlOf(file) : undefined
    return url ? [{ url, file }] : []
  })
  if (layerPages.length > maxLayerPages) return undefined
  // A layer page whose indexed text is the full release's is found right by the main index. The others are searched
  // from the delta index, and the main index's copies of them, and of removed pages, are out of date.
  const basePages = path.join(path.dirname(previous), layer.base)
  const searchChanged = layerPages.flatMap((page) => {
    const html = fs.readFileSync(path.join(outDir, page.file), 'utf8')
    return sameIndexedText(html, path.join(basePages, page.file)) ? [] : [{ ...page, html }]
  })
  const deletedUrls = [...deleted].filter((file) => file.endsWith('.html')).map((file) => urlOf(file) ?? `/${file.replace(/index\.html$/, '')}`)
  const delta = await time('search', () =>
    indexDelta(outDir, searchChanged, [...searchChanged.map((page) => page.url), ...deletedUrls], { release: before, segments: readDeltaSegments(previous) }),
  )
  fs.mkdirSync(path.join(outDir, releaseMetaDir), { recursive: true })
  fs.writeFileSync(path.join(outDir, releaseMetaDir, deltaSegmentsFile), JSON.stringify(delta.segments))
  const languages = Object.keys(delta.segments).length
  options.log?.(`search index of the publish layer: ${delta.count} page(s) in ${languages} language(s), ${delta.reused} of them linked from the previous release`)
  fs.writeFileSync(path.join(outDir, releaseMetaDir, 'layer.json'), JSON.stringify({ base: layer.base, deleted: [...deleted] } satisfies LayerDescription))
  saveReleaseState(outDir, outcome.state, options.saveStateSoon)
  return { kind: 'incremental' as const, rendered: outcome.rendered, written: outcome.written.length, pages: Object.keys(outcome.state.routes).length }
}

/** The publish layer's search segments a release recorded (searchIndex.ts `indexDelta`), by key. */
const deltaSegmentsFile = 'delta-search.json'

function readDeltaSegments(release: string): Record<string, SegmentRecord> {
  try {
    return JSON.parse(fs.readFileSync(path.join(release, releaseMetaDir, deltaSegmentsFile), 'utf8')) as Record<string, SegmentRecord>
  } catch {
    return {} // a full release, or one made before these records
  }
}

/** Whether Pagefind reads the same from the page and the base's file (false when the base has no such page). */
function sameIndexedText(html: string, baseFile: string): boolean {
  let base: string
  try {
    base = fs.readFileSync(baseFile, 'utf8')
  } catch {
    return false
  }
  return indexedText(html) === indexedText(base)
}

function saveReleaseState(outDir: string, state: RenderState, soon: boolean | undefined) {
  if (soon) saveStateSoon(stateFile(outDir), state)
  else saveState(stateFile(outDir), state)
}

/**
 * The address of a route's file, or undefined when no route writes it. A page's file is its address plus
 * `index.html` (site/lib/sitePages.ts), so most are found directly: a map of all 165,000 routes, built for the few
 * files of a layer, cost a tenth of a second every publish. The few others (`404.html`) are looked for once.
 */
function routeUrlOf(routes: RenderState['routes']): (file: string) => string | undefined {
  let others: Map<string, string> | undefined
  return (file) => {
    const page = file.endsWith('index.html')
    const direct = `/${page ? file.slice(0, -'index.html'.length) : file}`
    if (routes[direct]?.file === file) return direct
    // A page's file under any other address would have to end in index.html too: none does.
    if (page) return undefined
    others ??= new Map(Object.entries(routes).flatMap(([url, route]) => (route.file === `${url.slice(1)}index.html` || route.file === url.slice(1) ? [] : [[route.file, url]])))
    return others.get(file)
  }
}

function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.br') && !entry.name.endsWith('.gz'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
}
