import { describe, expect, it } from 'vitest'

import { localization } from '../../cms/localization'
import { defaultLocale, fallbackChain, getLocale, localeCodes, locales } from '../../cms/locales'

describe('locale registry', () => {
  it('should declare the eleven demo locales with English as the default', () => {
    expect(localeCodes).toEqual(['en', 'zh', 'fr', 'ru', 'es', 'ar', 'de', 'ja', 'mn', 'vi', 'th'])
    expect(defaultLocale).toBe('en')
  })

  it('should give every locale a unique code, tag and URL segment', () => {
    for (const key of ['code', 'tag', 'segment'] as const) {
      expect(new Set(locales.map((locale) => locale[key])).size).toBe(locales.length)
    }
  })

  it('should use valid BCP 47 tags that Intl understands', () => {
    for (const locale of locales) expect(Intl.getCanonicalLocales(locale.tag)).toEqual([locale.tag])
  })

  it('should mark Arabic, and only Arabic, as right-to-left', () => {
    expect(locales.filter((locale) => locale.dir === 'rtl').map((locale) => locale.code)).toEqual(['ar'])
  })

  it('should resolve every fallback chain to the default locale', () => {
    for (const code of localeCodes) expect(fallbackChain(code).at(-1)).toBe(defaultLocale)
    expect(fallbackChain('zh')).toEqual(['zh', 'en'])
  })

  it('should refuse an unknown locale code instead of guessing', () => {
    expect(() => getLocale('xx')).toThrow(/Unknown locale "xx"/)
  })

  it('should derive Payload localization from the registry', () => {
    expect(localization).toMatchObject({ defaultLocale: 'en', fallback: true })
    const payloadLocales = (localization as { locales: { code: string; rtl?: boolean; fallbackLocale?: string }[] }).locales
    expect(payloadLocales.map((locale) => locale.code)).toEqual(localeCodes)
    expect(payloadLocales.find((locale) => locale.code === 'ar')?.rtl).toBe(true)
    expect(payloadLocales.find((locale) => locale.code === 'th')?.fallbackLocale).toBe('en')
  })
})
