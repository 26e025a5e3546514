import type { CollectionConfig, Endpoint } from 'payload'

import { exportDocument } from './exportDocument'
import { isLocaleCode } from '../locales'

/** Where the site server answers previews (`npm start` serves it beside the admin). */
export const previewSiteUrl = () => (process.env.CONCORD_PREVIEW_URL ?? process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '')

/** The admin's Preview button: the draft rendered by the public site's own templates, in the locale being edited. */
export function withPreview(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    admin: {
      ...collection.admin,
      preview: (doc, { locale }) => `${previewSiteUrl()}/preview/${collection.slug}/${String(doc.id)}/${locale}/`,
    },
  }
}

/**
 * `GET /api/preview/:collection/:id`: the latest draft of an item in the site's export shape, for the signed-in
 * user only and through the collection's access rules (`overrideAccess: false`). The site server renders it.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Sign in to preview drafts.' }, { status: 401 })
    const collection = String(req.routeParams?.collection)
    if (!(req.payload.collections as Record<string, { config: { versions?: { drafts?: unknown } } }>)[collection]?.config.versions?.drafts) {
      return Response.json({ error: `Nothing to preview in "${collection}".` }, { status: 404 })
    }
    const locale = new URL(req.url ?? '', 'http://cms').searchParams.get('locale')
    if (locale && !isLocaleCode(locale)) return Response.json({ error: `Unknown locale "${locale}".` }, { status: 400 })
    try {
      const doc = await req.payload.findByID({
        collection: collection as never,
        id: String(req.routeParams?.id),
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json({ collection, item: exportDocument(collection, doc as Record<string, unknown>) }, { headers: { 'Cache-Control': 'private, no-store' } })
    } catch {
      return Response.json({ error: 'Not found.' }, { status: 404 })
    }
  },
}
