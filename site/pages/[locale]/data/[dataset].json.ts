import type { APIRoute } from 'astro'

import { datasetJson, isDatasetName } from '../../../lib/openData/datasets'
import { localeOfSegment, notFound } from '../../../lib/urlSegments'

export const GET: APIRoute = ({ params, site }) => {
  const locale = localeOfSegment(params.locale)
  if (!locale || !isDatasetName(params.dataset)) return notFound()
  return new Response(datasetJson(params.dataset, locale, site!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
