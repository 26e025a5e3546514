import type { APIRoute } from 'astro'

import { permanentLinksNginx } from '../lib/permanentLinkRules'
import { permanentLinkMap } from '../lib/permanentLinks'

/** `include` at the `http` level of deploy/nginx.conf: the maps its `/go/` location answers from. */
export const GET: APIRoute = () => new Response(permanentLinksNginx(permanentLinkMap()))
