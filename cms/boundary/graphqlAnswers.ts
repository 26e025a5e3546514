import { graphqlLimits } from './limits'
import { refusal } from './refusal'

/** Why a GraphQL request body is unusable, if it is (it has already been checked to be a JSON object). */
export function graphqlBodyProblem(body: Record<string, unknown> | undefined): string | undefined {
  if (!body) return 'Send a GraphQL request as JSON: {"query": "…"}.'
  if (typeof body.query !== 'string' || body.query.trim() === '') return 'A GraphQL request needs a "query" string.'
  if (body.variables !== undefined && body.variables !== null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) {
    return 'GraphQL "variables" must be an object.'
  }
  return undefined
}

/**
 * Payload's GraphQL answer as it leaves: a request that could not be run at all (a syntax or validation error: errors
 * and no data) is the client's mistake and says so with 400, not 200; an answer larger than the limit is not sent.
 */
export async function boundedGraphqlAnswer(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (bytes.byteLength > graphqlLimits.maxResultBytes) {
    return refusal(413, `The answer would be larger than ${graphqlLimits.maxResultBytes / 1024 / 1024} MB: ask for fewer items or fields.`)
  }
  if (response.status === 200) {
    let result: unknown
    try {
      result = JSON.parse(Buffer.from(bytes).toString('utf8'))
    } catch {
      // Not JSON: pass it on as it is.
    }
    // graphql-http answers a document it could not run either `{ errors }` or, depending on the client's Accept
    // header, a bare list of errors; both become `{ errors }` with 400.
    const errors = Array.isArray(result) ? result : (result as { errors?: unknown[] } | undefined)?.errors
    const data = Array.isArray(result) ? undefined : (result as { data?: unknown } | undefined)?.data
    if (Array.isArray(errors) && errors.length > 0 && (data === undefined || data === null)) {
      return Response.json({ errors }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
    }
  }
  return new Response(bytes, { status: response.status, headers: response.headers })
}
