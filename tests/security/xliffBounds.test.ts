import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { maxImportMegabytes } from '../../cms/translation/xliff/endpoints'
import { startPayload, type TestPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

/**
 * The XLIFF import is open to every translator, so its input is bounded: size before and while reading the body,
 * nesting depth while parsing. Called through Payload's own REST handler, as the admin's Next route calls it.
 */
let ctx: TestPayload
let payload: Payload
let translatorToken: string
let translatorEmail: string

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  await createUser(payload, 'admin') // the first account of an empty system becomes an admin, whatever its role
  const translator = await createUser(payload, 'translator', ['zh'])
  translatorEmail = translator.email
  translatorToken = (await payload.login({ collection: 'users', data: { email: translator.email, password: testPassword } })).token!
})
afterAll(async () => ctx?.close())

const limitBytes = maxImportMegabytes * 1024 * 1024
const importUrl = 'http://localhost/api/translation-exchange/import?locale=zh'

function call(url: string, init: RequestInit & { duplex?: 'half' } = {}, signedIn = true) {
  const headers = new Headers(init.headers)
  if (signedIn) headers.set('Authorization', `JWT ${translatorToken}`)
  return handleEndpoints({ config: payload.config, request: new Request(url, { ...init, headers }) })
}

/** A request body that produces `chunk` for as long as it is read, and counts what was taken from it. */
function endlessBody(chunk: Uint8Array) {
  const stats = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        stats.pulled += chunk.byteLength
        controller.enqueue(chunk)
      },
      cancel() {
        stats.cancelled = true
      },
    },
    // Nothing is read ahead: every byte counted was asked for by the reader.
    { highWaterMark: 0 },
  )
  return { stream, stats }
}

const xliffOpening =
  '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hans">'

describe('importing an exchange file built to exhaust the admin', () => {
  it('should refuse 100,000 nested elements for their depth while answering another request', async () => {
    const nested = `${xliffOpening}${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</xliff>`
    expect(nested.length).toBeGreaterThan(690_000)
    const finished: string[] = []
    const importing = call(importUrl, { method: 'POST', body: nested, headers: { 'Content-Type': 'application/xliff+xml' } }).then(
      (response) => (finished.push('import'), response),
    )
    const other = call('http://localhost/api/users/me').then((response) => (finished.push('other request'), response))
    const [imported, answered] = await Promise.all([importing, other])

    expect(answered.status).toBe(200)
    expect(((await answered.json()) as { user?: { email?: string } }).user?.email).toBe(translatorEmail)
    expect(imported.status).toBe(422)
    expect(await imported.json()).toEqual({
      ok: false,
      problems: [{ reason: expect.stringMatching(/^The file nests elements more than 64 levels deep \(line 1\)/) }],
    })
    expect(finished.sort()).toEqual(['import', 'other request'])
  })

  it('should refuse a body whose declared size is over the limit without reading it', async () => {
    const { stream, stats } = endlessBody(new TextEncoder().encode('<a>'.repeat(1000)))
    const response = await call(importUrl, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'Content-Type': 'application/xliff+xml', 'Content-Length': String(limitBytes + 1) },
    })
    expect(response.status).toBe(413)
    expect(((await response.json()) as { error: string }).error).toBe(
      `The file is larger than ${maxImportMegabytes} MB, the most one import accepts. Split it into several files.`,
    )
    expect(stats.pulled).toBe(0)
  })

  it('should stop reading a body sent without a length as soon as it passes the limit', async () => {
    const chunk = new TextEncoder().encode(`<!-- ${'x'.repeat(64 * 1024 - 9)} -->`)
    const { stream, stats } = endlessBody(chunk)
    const response = await call(importUrl, { method: 'POST', body: stream, duplex: 'half', headers: { 'Content-Type': 'application/xliff+xml' } })
    expect(response.status).toBe(413)
    expect(stats.cancelled).toBe(true)
    expect(stats.pulled).toBeGreaterThan(limitBytes)
    expect(stats.pulled).toBeLessThanOrEqual(limitBytes + 2 * chunk.byteLength)
  })

  it('should refuse a multipart upload over the limit, as the admin form would send it', async () => {
    const form = new FormData()
    form.set('file', new File([new Uint8Array(limitBytes + 1).fill(0x20)], 'huge.xlf', { type: 'application/xliff+xml' }))
    const response = await call(importUrl, { method: 'POST', body: form })
    expect(response.status).toBe(413)
  })

  it('should not read the body of a request that may not import at all', async () => {
    const { stream, stats } = endlessBody(new Uint8Array(1024))
    const response = await call(importUrl, { method: 'POST', body: stream, duplex: 'half' }, false)
    expect(response.status).toBe(401)
    expect(stats.pulled).toBe(0)
  })
})
