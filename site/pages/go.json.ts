import type { APIRoute } from 'astro'

import { permanentLinkMap } from '../lib/permanentLinks'

/** The permanent-link map, read by Concord's site server; the nginx and Caddy rules beside it say the same. */
export const GET: APIRoute = () => new Response(JSON.stringify(permanentLinkMap()), { headers: { 'Content-Type': 'application/json' } })
