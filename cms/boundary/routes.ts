import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { boundedGraphqlAnswer } from './graphqlAnswers'
import { refuseBadRequest } from './requestGuard'

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Payload's REST handlers behind Concord's request checks (requestGuard.ts): what the admin's Next route
 * `cms/app/(payload)/api/[...slug]/route.ts` serves, so no endpoint — Payload's or Concord's — can be reached around them.
 */
export function restRoutes(config: Config) {
  const guarded = (handler: RestHandler): RestHandler => async (request, args) => {
    const refused = await refuseBadRequest(request, await config)
    return refused ?? handler(request, args)
  }
  return {
    GET: guarded(REST_GET(config)),
    POST: guarded(REST_POST(config)),
    DELETE: guarded(REST_DELETE(config)),
    PATCH: guarded(REST_PATCH(config)),
    PUT: guarded(REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}

/** Payload's GraphQL handler behind the same checks, with answers bounded in size (graphqlAnswers.ts). */
export function graphqlRoutes(config: Config) {
  const graphql = GRAPHQL_POST(config)
  return {
    POST: async (request: Request) => {
      const refused = await refuseBadRequest(request, await config, 'graphql')
      return refused ?? boundedGraphqlAnswer(await graphql(request))
    },
    OPTIONS: REST_OPTIONS(config),
  }
}
