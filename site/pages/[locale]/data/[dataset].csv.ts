import type { APIRoute } from 'astro'

import { datasetCsv, isDatasetName } from '../../../lib/openData/datasets'
import { localeOfSegment, notFound } from '../../../lib/urlSegments'

export const GET: APIRoute = ({ params, site }) => {
  const locale = localeOfSegment(params.locale)
  if (!locale || !isDatasetName(params.dataset)) return notFound()
  return new Response(datasetCsv(params.dataset, locale, site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } })
}
