import type { APIRoute } from 'astro'

import { redirectRules } from '../lib/redirects'

/** Read by Concord's site server; the same rules as the nginx and Caddy files beside it. */
export const GET: APIRoute = () => new Response(JSON.stringify(redirectRules()), { headers: { 'Content-Type': 'application/json' } })
