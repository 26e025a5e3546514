import type { APIRoute } from 'astro'

import { redirectRules } from '../lib/redirects'

/** `import` inside a Caddy site block. */
export const GET: APIRoute = () =>
  new Response(redirectRules().map(({ from, to }) => `redir ${JSON.stringify(from)} ${JSON.stringify(to)} permanent`).join('\n') + '\n')
