import { describe, expect, it } from 'vitest'

import { adminOrigins } from '../../cms/boundary/adminOrigins'
import { crossSiteProblem } from '../../cms/boundary/crossOrigin'
import { localeProblem } from '../../cms/boundary/localeParameters'
import { countParameterProblem } from '../../cms/boundary/queryNumbers'
import { boundReads } from '../../cms/boundary/readBoundary'
import { boundWrites } from '../../cms/boundary/writeBoundary'

describe('the API boundary', () => {
  it('should sit in front of every collection of the config', async () => {
    // The config is only built here, never connected: no secret needs to be generated into the data folder.
    process.env.PAYLOAD_SECRET ??= 'unit-test-secret'
    const { default: config } = await import('../../cms/payload.config')
    const resolved = await config
    for (const collection of resolved.collections) {
      if (collection.slug.startsWith('payload-')) continue
      const hooks = collection.hooks?.beforeOperation ?? []
      expect(hooks, collection.slug).toContain(boundReads)
      expect(hooks, collection.slug).toContain(boundWrites)
    }
    // Building the whole Payload config takes seconds on a busy machine.
  }, 60_000)

  it('should accept the registry’s locales and refuse anything else', () => {
    expect(localeProblem(new URLSearchParams('locale=zh&fallback-locale=none'))).toBeUndefined()
    expect(localeProblem(new URLSearchParams('locale=all'))).toBeUndefined()
    for (const query of ['locale=xx', 'locale=..%2F..', 'locale=', 'fallback-locale=xx', 'locale=EN']) {
      expect(localeProblem(new URLSearchParams(query)), query).toMatch(/Unknown/)
    }
    expect(localeProblem(new URLSearchParams(), { locale: 'xx' })).toMatch(/Unknown locale/)
  })

  it('should take counts as whole numbers only', () => {
    expect(countParameterProblem(new URLSearchParams('limit=10&depth=0&page=2'))).toBeUndefined()
    for (const query of ['limit=-1', 'depth=1e3', 'page=abc', 'limit=1.5']) expect(countParameterProblem(new URLSearchParams(query)), query).toBeDefined()
  })

  it('should refuse cookie-carrying state changes from other origins only', () => {
    const request = (method: string, headers: Record<string, string>) => new Request('http://admin.test/api/x', { method, headers })
    const allowed = ['http://admin.test']
    const cookie = { cookie: 'payload-token=abc' }
    expect(crossSiteProblem(request('POST', { ...cookie, origin: 'https://evil.example' }), allowed, 'payload-token')).toBeDefined()
    expect(crossSiteProblem(request('POST', { ...cookie, 'sec-fetch-site': 'cross-site' }), allowed, 'payload-token')).toBeDefined()
    expect(crossSiteProblem(request('POST', { ...cookie, origin: 'http://admin.test' }), allowed, 'payload-token')).toBeUndefined()
    expect(crossSiteProblem(request('GET', { ...cookie, origin: 'https://evil.example' }), allowed, 'payload-token')).toBeUndefined()
    expect(crossSiteProblem(request('POST', { origin: 'https://evil.example' }), allowed, 'payload-token')).toBeUndefined()
  })

  it('should take the admin’s origins from CONCORD_ADMIN_URL, or the local admin port', () => {
    expect(adminOrigins({ CONCORD_ADMIN_URL: 'https://cms.example.org/admin, https://cms2.example.org' })).toEqual([
      'https://cms.example.org',
      'https://cms2.example.org',
    ])
    expect(adminOrigins({ ADMIN_PORT: '4000' })).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000'])
    expect(() => adminOrigins({ CONCORD_ADMIN_URL: 'not a url' })).toThrow(/CONCORD_ADMIN_URL/)
  })
})
