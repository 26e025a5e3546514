import { pathToFileURL } from 'node:url'

import type { SiteRoute } from '../lib/sitePages'
import type { RenderTrace } from '../lib/dependencies'
import type { ExportedItem } from '../../cms/export/exportPublished'
import type { ImageVariant } from '../lib/images'

/** What the server bundle's entry (site/render/serverEntry.ts) exports, as the renderer sees it. */
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
  reloadContent(): void
  /** A draft's page in a locale, rendered among the published content. */
  renderPreview(collection: string, item: ExportedItem, locale: string, siteUrl: string): Promise<Response>
  /** A UI string of the site in a locale (site/i18n/). */
  t(locale: string, key: string, params?: Record<string, string | number>): string
}

export async function loadEntry(entry: string): Promise<BundleEntry> {
  return (await import(pathToFileURL(entry).href)) as BundleEntry
}
