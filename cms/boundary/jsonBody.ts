import { maxJsonBodyBytes } from './limits'
import { readBodyWithin } from './readBodyWithin'

export type BodyCheck = { ok: true; body?: Record<string, unknown> } | { ok: false; status: number; message: string }

const isJson = (request: Request) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers.get('content-type') ?? '')

/**
 * Reads a JSON body (from a clone: Payload reads the original) and checks it is what every Payload endpoint expects,
 * one JSON object, no larger than `maxJsonBodyBytes`. `null`, `"hello"`, arrays and broken JSON crashed Payload's
 * operations with a 500; they are the client's mistake. Other bodies (multipart uploads, XML) pass untouched.
 */
export async function checkJsonBody(request: Request): Promise<BodyCheck> {
  if (!isJson(request) || request.method === 'GET' || request.method === 'HEAD') return { ok: true }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxJsonBodyBytes) return tooLarge()
  const bytes = await readBodyWithin(request.clone(), maxJsonBodyBytes)
  if (bytes === 'too-large') return tooLarge()
  const text = bytes ? new TextDecoder().decode(bytes) : ''
  if (text.trim() === '') return { ok: true }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' }
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, status: 400, message: 'The request body must be a JSON object.' }
  }
  return { ok: true, body: body as Record<string, unknown> }
}

function tooLarge(): BodyCheck {
  return { ok: false, status: 413, message: `The request body is larger than ${Math.round(maxJsonBodyBytes / 1024 / 1024)} MB.` }
}
