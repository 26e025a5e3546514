import { describe, expect, it } from 'vitest'

import { preferredLocale } from '../../publishing/serve/siteServer'

describe('language negotiation at /', () => {
  it('should pick the best Accept-Language match by quality, exact tag first, then primary language', () => {
    expect(preferredLocale('zh-CN,zh;q=0.9,en;q=0.8', undefined)?.code).toBe('zh')
    expect(preferredLocale('de-AT;q=0.5, ar;q=0.9', undefined)?.code).toBe('ar')
    expect(preferredLocale('mn-Cyrl-MN', undefined)?.code).toBe('mn')
    expect(preferredLocale('pt-BR, it', undefined)).toBeUndefined()
    expect(preferredLocale('', undefined)).toBeUndefined()
  })

  it('should let an explicit earlier choice win over the browser languages', () => {
    expect(preferredLocale('zh-CN', 'theme=dark; concord-language=th')?.code).toBe('th')
    expect(preferredLocale('zh-CN', 'concord-language=xx')?.code).toBe('zh')
  })
})
