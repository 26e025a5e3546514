import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishSite } from '../../publishing/pipeline/publishSite'
import { Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { createHttpsRedirectServer, serveSite } from '../../publishing/serve/siteServer'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { isSameOriginPath, requestTarget } from '../helpers/requestPaths'

/**
 * The site server must not be a redirector to other hosts, nor a way out of the release: the attack of issue 13
 * (`/%2Fevil.example%2F..%2Fen%2Fnews` answered `301 Location: //evil.example/../en/news/`), then every request
 * target fast-check can make of encoded separators, dot segments and hosts, against a real release.
 */
const ctx = usePayload()
let payload: Payload
let site: Awaited<ReturnType<typeof serveSite>>
/** Text in files beside and above the release: no answer may ever contain it. */
const canary = `CANARY-${Math.random().toString(36).slice(2)}`

/** A raw GET (or HEAD) with the request target exactly as given: fetch() would normalise it first. */
function rawRequest(base: string, target: string, method = 'GET', headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(base)
  return new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
    const request = http.request({ hostname, port, path: target, method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location, body: Buffer.concat(chunks).toString('latin1') }))
    })
    request.on('error', reject)
    request.end()
  })
}

const allowedStatuses = [200, 301, 302, 304, 400, 404]

beforeAll(async () => {
  payload = ctx().payload
  const root = path.join(ctx().dataDir, 'site')
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  // A second release with a redirect rule: the article's slug changes.
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'forum-opens' } } })
  expect((await publishSite(payload, { trigger: 'first release', root })).status).toBe('live')
  await payload.update({ collection: 'articles', id: docs[0].id, locale: 'en', data: { slug: 'forum-opened', _status: 'published' } })
  expect((await publishSite(payload, { trigger: 'renamed', root })).status).toBe('live')
  const releases = new Releases(root)
  fs.writeFileSync(path.join(root, 'secret.txt'), canary)
  fs.writeFileSync(path.join(ctx().dataDir, 'secret.txt'), canary)
  fs.writeFileSync(path.join(releases.current()!, '.release', 'secret.txt'), canary)
  site = await serveSite(() => releases.currentLink)
}, 300_000)

afterAll(() => site?.close())

describe('the site server as a redirector', () => {
  it('should refuse the encoded-separator addresses of the attack instead of redirecting to another host', async () => {
    for (const target of ['/%2Fevil.example%2F..%2Fen%2Fnews', '/%5Cevil.example%5C..%5Cen%5Cnews', '/%2F%2Fevil.example/en/news', '/\\evil.example/../en/news']) {
      const answer = await rawRequest(site.url, target)
      expect(answer.status, target).toBe(400)
      expect(answer.location, target).toBeUndefined()
    }
  })

  it('should still send folders, the root and renamed items where they belong, on this site', async () => {
    expect(await rawRequest(site.url, '/en/news')).toMatchObject({ status: 301, location: '/en/news/' })
    expect(await rawRequest(site.url, '//en/news')).toMatchObject({ status: 301, location: '/en/news/' })
    expect(await rawRequest(site.url, '/', 'GET', { 'Accept-Language': 'zh-CN' })).toMatchObject({ status: 302, location: '/zh/' })
    expect(await rawRequest(site.url, '/en/news/forum-opens/')).toMatchObject({ status: 301, location: '/en/news/forum-opened/' })
    expect((await rawRequest(site.url, '/en/news/forum-opened/')).status).toBe(200)
  })

  it('should answer any request target with a known status, a same-origin Location, and nothing from outside the release', async () => {
    await fc.assert(
      fc.asyncProperty(requestTarget, fc.constantFrom('GET', 'HEAD'), async (target, method) => {
        const answer = await rawRequest(site.url, target, method)
        expect(allowedStatuses, `${method} ${target}`).toContain(answer.status)
        if (answer.location !== undefined) expect(isSameOriginPath(answer.location), `${target} → ${answer.location}`).toBe(true)
        expect(answer.body).not.toContain(canary)
      }),
      { numRuns: 600 },
    )
  })

  it('should send plain HTTP to the same host and path over HTTPS, never to another host', async () => {
    const redirect = createHttpsRedirectServer(8443)
    await new Promise<void>((resolve) => redirect.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(redirect.address() as AddressInfo).port}`
    try {
      await fc.assert(
        fc.asyncProperty(requestTarget, async (target) => {
          const answer = await rawRequest(base, target, 'GET', { Host: 'portal.example.org' })
          expect(answer.status).toBe(301)
          const location = new URL(answer.location!)
          expect(location.origin, `${target} → ${answer.location}`).toBe('https://portal.example.org:8443')
          expect(isSameOriginPath(answer.location!.slice(location.origin.length)), `${target} → ${answer.location}`).toBe(true)
        }),
        { numRuns: 300 },
      )
    } finally {
      await new Promise<void>((resolve) => redirect.close(() => resolve()))
    }
  })
})
