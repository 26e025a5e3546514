// The server bundle's entry: Astro's App, to render any route without an HTTP server, and the site's own modules
// the renderer needs — the same instances the pages use, so dependency traces see the pages' reads.
import { createApp } from 'astro/app/entrypoint'

export const app = createApp({ streaming: false })
export { itemHashes, querySignature, reloadContent } from '../lib/content'
export { traceRender } from '../lib/dependencies'
export { takeRequiredImages } from '../lib/images'
export { siteRoutes } from '../lib/sitePages'
