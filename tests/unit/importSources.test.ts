import { describe, expect, it } from 'vitest'

import { checkPath, redirectablePath } from '../../cms/import/oldAddress'
import { readSerialized } from '../../cms/import/polylang'
import { localeOfWordPressCode } from '../../cms/import/wordpressLanguages'

describe('WordPress language codes', () => {
  it('should map WordPress, WPML and Polylang codes to the registry', () => {
    expect(['en_US', 'en-GB', 'fr_FR', 'zh-hans', 'zh_CN', 'ar', 'ru_RU', 'de_DE_formal', 'mn', 'vi', 'th', 'ja'].map(localeOfWordPressCode)).toEqual([
      'en', 'en', 'fr', 'zh', 'zh', 'ar', 'ru', 'de', 'mn', 'vi', 'th', 'ja',
    ])
  })

  it('should leave languages Concord does not have unmapped, Traditional Chinese included', () => {
    expect(['pt_BR', 'zh-hant', 'zh_TW', 'xx', ''].map(localeOfWordPressCode)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })
})

describe('Polylang serialized data', () => {
  it('should read PHP-serialized arrays and ignore anything else', () => {
    expect(readSerialized('a:2:{s:2:"en";i:12;s:2:"fr";i:14;}')).toEqual({ en: 12, fr: 14 })
    expect(readSerialized('a:1:{s:6:"locale";s:5:"fr_FR";}')).toEqual({ locale: 'fr_FR' })
    expect(readSerialized('O:8:"stdClass":0:{}')).toBeUndefined()
    expect(readSerialized('a:9:{broken')).toBeUndefined()
  })
})

describe('old addresses', () => {
  it('should keep the decoded path of a permalink', () => {
    expect(redirectablePath('https://old.example.org/2019/05/post/')).toEqual({ path: '/2019/05/post/' })
    expect(redirectablePath('https://old.example.org/ar/%d8%a7%d8%ac/')).toEqual({ path: '/ar/اج/' })
  })

  it('should refuse addresses a path rule cannot hold or that would shadow the new site', () => {
    for (const link of [undefined, 'https://old.example.org/?p=12', 'https://old.example.org/', 'https://old.example.org/fr/', 'https://old.example.org/en/news/x/', 'https://old.example.org/_astro/x.js', 'https://old.example.org/a%22b/', 'https://old.example.org/a$b/', 'https://old.example.org/%zz/']) {
      expect('problem' in redirectablePath(link), String(link)).toBe(true)
    }
    expect('problem' in checkPath('//evil.example/')).toBe(true)
    expect('problem' in checkPath('/a/../b/')).toBe(true)
  })
})
