import type { APIRoute } from 'astro'

import { redirectRules } from '../lib/redirects'

/** `include` inside a `server` block: one exact-match location per old address. */
export const GET: APIRoute = () =>
  new Response(redirectRules().map(({ from, to }) => `location = ${JSON.stringify(from)} { return 301 ${JSON.stringify(to)}; }`).join('\n') + '\n')
