import type { Endpoint } from 'payload'

import { openApiDocument } from './openApiDocument'

/**
 * `GET /api/openapi.json`: the description of the public read API, served by the API it describes so that its
 * server address and its collections are always the ones answering (the site never knows the admin's public origin).
 */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: async (req) => {
    const origin = req.payload.config.serverURL || new URL(req.url ?? 'http://localhost/').origin
    return Response.json(await openApiDocument(req.payload.config, origin), {
      headers: { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
    })
  },
}
