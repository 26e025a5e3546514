import { handleEndpoints, type Payload } from 'payload'

import { testPassword } from './users'

export interface RestResponse {
  status: number
  body: Record<string, unknown> & { errors?: { message: string }[] }
}

/** A signed-in REST client for one staff account, served by Payload's own request handler (no HTTP server). */
export async function restClient(payload: Payload, user?: { email: string }) {
  const token = user ? (await payload.login({ collection: 'users', data: { email: user.email, password: testPassword } })).token : undefined
  return async (method: string, path: string, body?: unknown): Promise<RestResponse> => {
    const request = new Request(`http://localhost/api${path}`, {
      method: method.toUpperCase(),
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await handleEndpoints({ config: payload.config, request })
    return { status: response.status, body: (await response.json()) as RestResponse['body'] }
  }
}

/** The error message of a refused REST call. */
export function errorMessage(response: RestResponse): string {
  return response.body.errors?.map((error) => error.message).join('; ') ?? ''
}

/** The same client with one method per verb, for tests that expect success: any refusal throws with its answer. */
export async function restApi(payload: Payload, user: { email: string }) {
  const call = await restClient(payload, user)
  const ok = async (method: string, path: string, body?: unknown) => {
    const response = await call(method, path, body)
    if (response.status >= 400) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 500)}`)
    return response.body
  }
  return {
    get: (path: string) => ok('GET', path),
    post: (path: string, body: unknown) => ok('POST', path, body),
    patch: (path: string, body: unknown) => ok('PATCH', path, body),
    delete: (path: string) => ok('DELETE', path),
  }
}
