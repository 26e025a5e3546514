/**
 * Reads an uploaded exchange file from a request without ever holding more than the allowed size: a declared
 * `Content-Length` over the limit is refused before a byte is read, and a body without one (chunked) is read only
 * up to the limit. `req.text()` and `req.formData()` would buffer whatever a client sends first.
 */

import { readBodyWithin } from '../../boundary/readBodyWithin'

export type UploadedText = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'too-large' }

/** Room for a multipart envelope (boundaries, part headers, a file name) around a file of the largest size. */
const multipartOverheadBytes = 64 * 1024

/** What is read of the request: Payload's request is a `Request` with everything optional. */
export interface UploadRequest {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
}

export async function readUploadedText(request: UploadRequest, maxBytes: number): Promise<UploadedText> {
  const contentType = request.headers.get('content-type') ?? ''
  const multipart = contentType.includes('multipart/form-data')
  const bodyLimit = multipart ? maxBytes + multipartOverheadBytes : maxBytes
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > bodyLimit) return { kind: 'too-large' }

  const body = await readBodyWithin(request, bodyLimit)
  if (body === 'too-large') return { kind: 'too-large' }
  if (!body || body.byteLength === 0) return { kind: 'missing' }
  if (!multipart) return { kind: 'text', text: new TextDecoder().decode(body) }

  // The body is within its bound now, so the standard multipart parser may have it.
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => undefined)
  const file = form?.get('file')
  if (file === null || file === undefined) return { kind: 'missing' }
  if (typeof file === 'string') return Buffer.byteLength(file) > maxBytes ? { kind: 'too-large' } : { kind: 'text', text: file }
  if (file.size > maxBytes) return { kind: 'too-large' }
  return { kind: 'text', text: await file.text() }
}
