import { pathToFileURL } from 'node:url'

import type { SiteRoute } from '../lib/sitePages'
import type { RenderTrace } from '../lib/dependencies'
import type { ExportedItem } from '../../publishing/format/exportFormat'
import type { ImageVariant } from '../lib/images'

/** What the site's server bundle exports (its entry is serverEntry.ts), as the renderer sees it, and how to load it. */
export interface BundleEntry {
  app: {
    match(request: Request): unknown
    render(request: Request, options: { routeData: unknown }): Promise<Response>
  }
  siteRoutes(): Map<string, SiteRoute>
  traceRender<T>(render: () => Promise<T>): Promise<{ result: T; trace: RenderTrace }>
  itemHashes(collection: string): Map<string, string>
  querySignature(key: string): string | undefined
  takeRequiredImages(): ImageVariant[]
  /** Reads the content of this export folder from now on: patched from the one loaded when it can be. */
  openExport(dir: string): 'patched' | 'reloaded'
  reloadContent(): void
  /** A draft's page in a locale, rendered among the published content. */
  renderPreview(collection: string, item: ExportedItem, locale: string, siteUrl: string): Promise<Response>
  /** A UI string of the site in a locale (site/i18n/). */
  t(locale: string, key: string, params?: Record<string, string | number>): string
}

export async function loadEntry(entry: string): Promise<BundleEntry> {
  return (await import(pathToFileURL(entry).href)) as BundleEntry
}
