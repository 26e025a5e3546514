/**
 * Drafts rendered on request by the site's own templates, for signed-in editors only: the site server passes
 * `/preview/<collection>/<id>/<locale>/` here. The draft comes from the CMS (`GET /api/preview/…`, which checks the
 * editor's session cookie and their access rules); the published content around it is the live release's export.
 * Nothing here is written to a release, and every answer is private and marked noindex.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { ExportedItem } from '../../publishing/format/exportFormat'
import { defaultLocale, isLocaleCode } from '../../cms/locales'
import { readManifest } from '../../publishing/format/exportFormat'
import { releaseMetaDir } from '../../publishing/releases/releases'
import { bundleDir } from './bundle'
import { type BundleEntry, loadEntry } from './bundleEntry'
import { stateBundle } from './state'

export interface PreviewOptions {
  /** The admin's address, for the draft API. */
  cmsUrl: string
  siteUrl: string
  /** The live release folder. */
  liveRelease: () => string
  /** The live release's export. */
  exportDir: string
}

export interface PreviewAnswer {
  status: number
  headers: Record<string, string>
  body: string | Buffer
}

const privateHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' }

let loaded: { entry: BundleEntry; bundle: string; exportedAt: string } | undefined

export async function renderDraft(pathname: string, cookie: string | undefined, options: PreviewOptions): Promise<PreviewAnswer> {
  const match = /^\/preview\/([a-z-]+)\/([\w-]+)\/([a-z]{2})\/$/.exec(pathname)
  if (!match || !isLocaleCode(match[3])) return text(404, (await entryFor(options)).t(defaultLocale, 'preview.unavailable'))
  const [, collection, id, locale] = match
  // The bundle carries the site's UI strings (read through Vite), so even a refusal is worded in the page's language.
  const entry = await entryFor(options)
  const t = entry.t
  // A read on the editor's behalf, from the site server that serves the editor's browser: the CMS accepts a session
  // cookie without an Origin only from a same-site sender (its CSRF rule, cms/boundary/crossOrigin.ts).
  const headers: Record<string, string> = cookie ? { cookie, 'Sec-Fetch-Site': 'same-site' } : {}
  const response = await fetch(`${options.cmsUrl}/api/preview/${collection}/${id}?locale=${locale}`, { headers })
  if (response.status === 401) return text(401, t(locale, 'preview.signIn', { admin: `${options.cmsUrl}/admin` }))
  if (!response.ok) return text(response.status, t(locale, 'preview.unavailable'))
  const { item } = (await response.json()) as { item: ExportedItem }
  const page = await entry.renderPreview(collection, item, locale, options.siteUrl)
  return { status: page.status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...privateHeaders }, body: Buffer.from(await page.arrayBuffer()) }
}

/** The live release's bundle, with its content reloaded whenever a newer export went live. */
async function entryFor(options: PreviewOptions): Promise<BundleEntry> {
  // A release that has just gone live gets its state a moment later (state.ts, `saveStateSoon`): same site code.
  const bundle = stateBundle(path.join(fs.realpathSync(options.liveRelease()), releaseMetaDir, 'render-state.json')) ?? loaded?.bundle
  if (!bundle) throw new Error('The live release has no render state; publish once before previewing.')
  const { exportedAt } = readManifest(options.exportDir)
  if (loaded?.bundle !== bundle) {
    const entry = await loadEntry(path.join(bundleDir(bundle), 'server', 'entry.mjs'))
    entry.openExport(options.exportDir)
    loaded = { entry, bundle, exportedAt }
  }
  if (loaded.exportedAt !== exportedAt) {
    loaded.entry.openExport(options.exportDir)
    loaded.exportedAt = exportedAt
  }
  return loaded.entry
}

function text(status: number, message: string): PreviewAnswer {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...privateHeaders }, body: message }
}
