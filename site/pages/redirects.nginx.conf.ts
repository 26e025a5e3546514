import type { APIRoute } from 'astro'

// Both servers match the decoded path, so an imported address with non-ASCII letters is written decoded.
import { encodedPath } from '../lib/permanentLinks'
import { redirectRules } from '../lib/redirects'

/**
 * `include` inside a `server` block: one exact-match location per old address. nginx matches the decoded path, so
 * `from` stays as it is (native-script slugs in UTF-8); the `Location` is sent percent-encoded.
 */
export const GET: APIRoute = () =>
  new Response(redirectRules().map(({ from, to }) => `location = ${JSON.stringify(decodeURIComponent(from))} { return 301 ${JSON.stringify(encodedPath(to))}; }`).join('\n') + '\n')
