import { handleEndpoints } from 'payload'

/**
 * Payload's real REST API (the handler the admin's Next routes call), driven with standard requests: what an
 * editor's browser or a partner's script sends, authentication included, without starting Next.
 */
export async function restClient(email: string, password: string) {
  const { default: config } = await import('../../cms/payload.config')
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    })
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(json).slice(0, 500)}`)
    return json
  }
  const { token } = (await call('POST', '/users/login', { email, password })) as { token: string }
  return {
    get: (path: string) => call('GET', path, undefined, token),
    post: (path: string, body: unknown) => call('POST', path, body, token),
    patch: (path: string, body: unknown) => call('PATCH', path, body, token),
    delete: (path: string) => call('DELETE', path, undefined, token),
  }
}
