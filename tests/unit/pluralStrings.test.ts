import fs from 'node:fs'
import path from 'node:path'

import { parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'

import { getLocale, localeCodes } from '../../cms/locales'
import { projectRoot } from '../../cms/paths'
import { icuArgumentPattern, pluralForms, t } from '../../site/lib/i18n'

const folder = path.join(projectRoot, 'site', 'i18n')
const read = (code: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(folder, `${code}.json`), 'utf8'))
const english = read('en')
const pluralKeys = Object.keys(english).filter((key) => icuArgumentPattern.test(english[key]))

describe('plural UI strings', () => {
  it('should write every count as an ICU plural message, never as "{count} results"', () => {
    expect(pluralKeys).toEqual(expect.arrayContaining(['search.results', 'search.resultsAtLeast', 'search.otherResults']))
    for (const [key, text] of Object.entries(english)) {
      if (/\{count\}/.test(text)) expect.fail(`${key} counts without plural forms: ${text}`)
    }
  })

  it.each(localeCodes)('should parse every plural message of %s and cover each plural category of its language', (code) => {
    const tag = getLocale(code).tag
    const required = new Intl.PluralRules(tag).resolvedOptions().pluralCategories
    const strings = read(code)
    for (const key of pluralKeys) {
      const elements = parse(strings[key])
      const plural = elements.find((element) => element.type === TYPE.plural)
      expect(plural, `${code}: ${key}`).toBeDefined()
      if (plural?.type !== TYPE.plural) continue
      expect(plural.value, `${code}: ${key}`).toBe('count')
      const categories = Object.keys(plural.options).filter((option) => !option.startsWith('='))
      expect(categories.sort(), `${code}: ${key}`).toEqual([...required].sort())
      // Every form formats (and the browser's copy of it too), whatever the number.
      for (const count of [0, 1, 2, 3, 11, 100, 1.5, 1_000_000]) expect(t(code, key, { count })).not.toMatch(/[{}#]/)
      // The browser's copy: one form per option, with the number as a `{count}` placeholder (or spelled out).
      expect(Object.keys(pluralForms(code, key)).sort()).toEqual(Object.keys(plural.options).sort())
      for (const form of Object.values(pluralForms(code, key))) expect(form).not.toMatch(/#|\{(?!count\})/)
    }
  })

  it('should say "1 result" and "2 results" in English, not "1 results"', () => {
    expect(t('en', 'search.results', { count: 1 })).toBe('1 result')
    expect(t('en', 'search.results', { count: 2 })).toBe('2 results')
    expect(t('en', 'search.results', { count: 1200 })).toBe('1,200 results')
  })

  it('should use the six Arabic forms', () => {
    const categories = [0, 1, 2, 3, 11, 100].map((count) => new Intl.PluralRules('ar').select(count))
    expect(categories).toEqual(['zero', 'one', 'two', 'few', 'many', 'other'])
    expect(t('ar', 'search.results', { count: 1 })).toBe('نتيجة واحدة')
    expect(t('ar', 'search.results', { count: 2 })).toBe('نتيجتان')
    expect(t('ar', 'search.results', { count: 3 })).toMatch(/^\S+ نتائج$/)
    expect(pluralForms('ar', 'search.results')).toEqual({
      zero: 'لا توجد نتائج',
      one: 'نتيجة واحدة',
      two: 'نتيجتان',
      few: '{count} نتائج',
      many: '{count} نتيجة',
      other: '{count} نتيجة',
    })
  })

  it('should pick the Russian form by the last digits', () => {
    expect(t('ru', 'search.results', { count: 21 })).toBe('Найден 21 результат')
    expect(t('ru', 'search.results', { count: 22 })).toBe('Найдено 22 результата')
    expect(t('ru', 'search.results', { count: 25 })).toBe('Найдено 25 результатов')
  })
})
