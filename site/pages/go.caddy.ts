import type { APIRoute } from 'astro'

import { permanentLinksCaddy } from '../lib/permanentLinkRules'
import { permanentLinkMap } from '../lib/permanentLinks'

/** `import` in deploy/Caddyfile's site block: the maps its `/go/*` routes answer from. */
export const GET: APIRoute = () => new Response(permanentLinksCaddy(permanentLinkMap()))
