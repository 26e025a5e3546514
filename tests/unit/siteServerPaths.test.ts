import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseRequestPath, sameOriginLocation } from '../../publishing/serve/siteServer'
import { isSameOriginPath, requestTarget } from '../helpers/requestPaths'

describe('request paths', () => {
  it('should refuse the encoded separators of the open-redirect attack', () => {
    expect(parseRequestPath('/%2Fevil.example%2F..%2Fen%2Fnews')).toBeUndefined()
    expect(parseRequestPath('/%5Cevil.example%5C..%5Cen%5Cnews')).toBeUndefined()
    expect(parseRequestPath('/\\evil.example/en/news')).toBeUndefined()
    expect(parseRequestPath('/en/../secret')).toBeUndefined()
    expect(parseRequestPath('/%E0%A4%A')).toBeUndefined()
  })

  it('should read ordinary paths as the segments they name', () => {
    expect(parseRequestPath('/en/news/?page=2')).toEqual({ segments: ['en', 'news'], trailingSlash: true, pathname: '/en/news/' })
    expect(parseRequestPath('//evil.example/en')).toEqual({ segments: ['evil.example', 'en'], trailingSlash: false, pathname: '/evil.example/en' })
    expect(parseRequestPath('/')).toEqual({ segments: [], trailingSlash: true, pathname: '/' })
    expect(parseRequestPath('/zh/%E6%96%B0%E9%97%BB')?.segments).toEqual(['zh', '新闻'])
  })

  it('should build every Location as one same-origin path, whatever the request', () => {
    fc.assert(
      fc.property(requestTarget, (target) => {
        const parsed = parseRequestPath(target)
        if (!parsed) return
        for (const trailingSlash of [true, false]) {
          const location = sameOriginLocation(parsed.segments, trailingSlash)
          expect(isSameOriginPath(location), `${target} → ${location}`).toBe(true)
          expect(location).not.toMatch(/[\r\n\0]/)
          // Read back as a request, the Location names the same page.
          expect(parseRequestPath(location)?.segments).toEqual(parsed.segments)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('should never let a segment climb out of the release or hide a separator', () => {
    fc.assert(
      fc.property(requestTarget, (target) => {
        for (const segment of parseRequestPath(target)?.segments ?? []) {
          expect(['', '.', '..']).not.toContain(segment)
          expect(segment).not.toMatch(/[/\\\0]/)
        }
      }),
      { numRuns: 2000 },
    )
  })
})
