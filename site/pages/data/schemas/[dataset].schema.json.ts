import type { APIRoute } from 'astro'

import { datasetSchema, isDatasetName } from '../../../lib/openData/datasets'
import { notFound } from '../../../lib/urlSegments'

export const GET: APIRoute = ({ params, site }) => {
  if (!isDatasetName(params.dataset)) return notFound()
  return new Response(datasetSchema(params.dataset, site!), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } })
}
