/**
 * Asking the admin for a stored file that is not there (`GET /api/media/file/<name>`, `/api/files/file/<name>`) is
 * the client's mistake: Payload's local storage answered it with a 500 "Something went wrong"; it must be a 404
 * that says what is missing, in the reader's language — for a name never stored, and for a deleted upload alike.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ApiClient, errorText } from '../helpers/apiClient'
import { serveApi } from '../helpers/apiServer'
import { startPayload, type TestPayload } from '../helpers/payload'
import { samples } from '../helpers/uploadSamples'
import { createUser } from '../helpers/users'

let ctx: TestPayload
let payload: Payload
let api: Awaited<ReturnType<typeof serveApi>>
let anonymous: ApiClient
let editor: ApiClient
let kept: string
let deleted: string

const asFile = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  api = await serveApi()
  anonymous = new ApiClient(api.url)
  const user = await createUser(payload, 'editor')
  editor = await ApiClient.signIn(api.url, user.email)
  kept = (await payload.create({ collection: 'media', data: { alt: 'Kept' }, file: asFile(samples.png(), 'kept.png', 'image/png') })).filename!
  const gone = await payload.create({ collection: 'files', data: {}, file: asFile(samples.pdf(), 'gone.pdf', 'application/pdf') })
  deleted = gone.filename!
  await payload.delete({ collection: 'files', id: gone.id })
})
afterAll(async () => {
  await api?.close()
  await ctx?.close()
})

describe('a stored file that is not there', () => {
  it.each([
    ['an image never stored', '/api/media/file/never-stored.png', 'never-stored.png'],
    ['a file never stored', '/api/files/file/never-stored.pdf', 'never-stored.pdf'],
    ['a name with no extension', '/api/media/file/nothing', 'nothing'],
  ])('should answer 404 naming the file for %s, to anyone', async (_case, address, name) => {
    for (const client of [anonymous, editor]) {
      const answer = await client.get(address)
      expect(answer.status, address).toBe(404)
      expect(errorText(answer)).toBe(`There is no stored file named “${name}”.`)
    }
  })

  it('should answer 404 for the file of a deleted upload', async () => {
    const answer = await anonymous.get(`/api/files/file/${deleted}`)
    expect(answer.status).toBe(404)
    expect(errorText(answer)).toContain(deleted)
  })

  it('should say it in the reader’s language', async () => {
    const answer = await anonymous.get('/api/media/file/never-stored.png', { headers: { 'Accept-Language': 'fr' } })
    expect(answer.status).toBe(404)
    expect(errorText(answer)).toBe('Aucun fichier enregistré ne s’appelle « never-stored.png ».')
  })

  it('should still serve a file that is there, and refuse a path outside the upload folder with a 4xx', async () => {
    const answer = await anonymous.get(`/api/media/file/${kept}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('image/png')
    const outside = await anonymous.get('/api/media/file/..%2F..%2Fconcord.db')
    expect(outside.status).toBeGreaterThanOrEqual(400)
    expect(outside.status).toBeLessThan(500)
  })
})
