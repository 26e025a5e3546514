import { handleEndpoints, type Payload } from 'payload'

import { testPassword } from './users'

/**
 * Uploads a file the way the admin does — a multipart POST to `/api/<collection>` with the file and the document's
 * fields as `_payload` — through Payload's own REST handler, signed in as `user`.
 */
export async function uploadClient(payload: Payload, user: { email: string }) {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: testPassword } })
  return async (collection: string, name: string, bytes: Uint8Array, fields: Record<string, unknown> = {}, declaredType = 'application/octet-stream') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: declaredType }), name)
    form.append('_payload', JSON.stringify(fields))
    const request = new Request(`http://localhost/api/${collection}`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
    const response = await handleEndpoints({ config: payload.config, request })
    const body = (await response.json()) as { doc?: { id: number | string; filename: string; mimeType: string }; errors?: { message: string }[] }
    return { status: response.status, doc: body.doc, message: body.errors?.map((error) => error.message).join('; ') ?? '' }
  }
}
