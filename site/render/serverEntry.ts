// The server bundle's entry: Astro's App, to render any route without an HTTP server, and the site's own modules
// the renderer needs — the same instances the pages use, so dependency traces see the pages' reads.
import { createApp } from 'astro/app/entrypoint'

export const app = createApp({ streaming: false })
export { itemHashes, openExport, querySignature, reloadContent } from '../lib/content'
export { traceRender } from '../lib/dependencies'
export { t } from '../lib/i18n'
export { takeRequiredImages } from '../lib/images'
export { siteRoutes } from '../lib/sitePages'

import { itemUrl, type PageCollection, withDraft } from '../lib/content'
import type { ExportedItem } from '../../publishing/format/exportFormat'
import type { LocaleCode } from '../../cms/locales'

/** A draft's page in a locale, rendered among the published content (the site server's `/preview/`). */
export function renderPreview(collection: string, item: ExportedItem, locale: LocaleCode, siteUrl: string): Promise<Response> {
  return withDraft(collection, item, () => {
    const request = new Request(new URL(itemUrl(collection as PageCollection, item, locale), siteUrl))
    return app.render(request, { routeData: app.match(request) })
  })
}
