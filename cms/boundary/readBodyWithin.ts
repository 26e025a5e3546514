/** What is read of a request: a fetch `Request`, or Payload's request (a `Request` with everything optional). */
export interface BodySource {
  body?: ReadableStream<Uint8Array> | null
}

/**
 * A request body's bytes, or 'too-large' as soon as more than `maxBytes` have arrived — the rest is never read, and
 * a missing or false Content-Length is no help to a client that sends more. `req.text()` would buffer it all first.
 */
export async function readBodyWithin(request: BodySource, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | 'too-large' | undefined> {
  if (!request.body) return undefined
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return 'too-large'
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
