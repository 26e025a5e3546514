import type { APIRoute } from 'astro'

import { localeSitemap } from '../../lib/sitemap'
import { localeParams } from '../../lib/routes'

export const getStaticPaths = localeParams

export const GET: APIRoute = ({ props, site }) =>
  new Response(localeSitemap(props.locale, site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
