import type { SanitizedConfig } from 'payload'

import { crossSiteProblem } from './crossOrigin'
import { graphqlBodyProblem } from './graphqlAnswers'
import { checkJsonBody } from './jsonBody'
import { localeProblem } from './localeParameters'
import { countParameterProblem } from './queryNumbers'
import { refusal } from './refusal'

/**
 * The checks every request to the admin's API passes before Payload sees it (REST, GraphQL and every custom
 * endpoint, since they are all served by cms/boundary/routes.ts): forged cross-site writes, locale parameters Payload
 * would silently replace with the default, malformed counts and bodies. Returns the refusal to send, or undefined.
 * What depends on the user and the collection (publication, limits, validation) is checked where Payload runs the
 * operation (readBoundary.ts, writeBoundary.ts, inputValidation.ts).
 */
export async function refuseBadRequest(request: Request, config: SanitizedConfig, api: 'rest' | 'graphql' = 'rest'): Promise<Response | undefined> {
  const forged = crossSiteProblem(request, config.csrf, `${config.cookiePrefix}-token`)
  if (forged) return refusal(403, forged)
  const search = new URL(request.url).searchParams
  const body = await checkJsonBody(request)
  if (!body.ok) return refusal(body.status, body.message)
  const problem =
    localeProblem(search, body.body) ?? countParameterProblem(search) ?? (api === 'graphql' ? graphqlBodyProblem(body.body) : undefined)
  if (problem) return refusal(400, problem)
  return undefined
}
