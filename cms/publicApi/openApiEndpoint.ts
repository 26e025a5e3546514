import type { Endpoint } from 'payload'

import { adminOrigins } from '../boundary/adminOrigins'
import { openApiDocument } from './openApiDocument'

/** Built once: the config and the origin it names do not change while the CMS runs. */
let document: Promise<unknown> | undefined

/**
 * `GET /api/openapi.json`: the description of the public read API, served by the API it describes so that its
 * server address and its collections are always the ones answering (the site never knows the admin's public origin).
 * The address is the configured admin origin, never the request's `Host`: the answer is cacheable by shared caches,
 * and a forged `Host` must not send partners to another server.
 */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: async (req) => {
    document ??= openApiDocument(req.payload.config, req.payload.config.serverURL || adminOrigins()[0]).catch((error: unknown) => {
      document = undefined
      throw error
    })
    return Response.json(await document, {
      headers: { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
    })
  },
}
