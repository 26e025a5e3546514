import type { APIRoute } from 'astro'

// Both servers match the decoded path, so an imported address with non-ASCII letters is written decoded.
import { encodedPath } from '../lib/permanentLinks'
import { redirectRules } from '../lib/redirects'

/** `import` inside a Caddy site block. Caddy matches the decoded path; the `Location` is sent percent-encoded. */
export const GET: APIRoute = () =>
  new Response(redirectRules().map(({ from, to }) => `redir ${JSON.stringify(decodeURIComponent(from))} ${JSON.stringify(encodedPath(to))} permanent`).join('\n') + '\n')
