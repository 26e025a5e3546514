import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { initI18n } from '@payloadcms/translations'

import { adminLanguageCodes, adminLanguages } from '../../cms/i18n/adminLanguages'
import { adminMessages, adminTranslations } from '../../cms/i18n/adminMessages'
import { staffMessage } from '../../cms/i18n/staffMessage'
import { projectRoot } from '../../cms/paths'

const folder = path.join(projectRoot, 'cms', 'i18n', 'messages')
const read = (language: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(folder, `${language}.json`), 'utf8'))
const english = read('en')
const placeholders = (text: string) => (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((found) => found.replace(/\s/g, '')).sort()
const others = adminLanguageCodes.filter((language) => language !== 'en')

describe('admin messages', () => {
  it('should have a message file for every admin language and no other', () => {
    const files = fs.readdirSync(folder).filter((file) => file.endsWith('.json')).map((file) => file.replace('.json', ''))
    expect(files.sort()).toEqual([...adminLanguageCodes].sort())
  })

  it.each(others)('should give %s exactly the keys English has', (language) => {
    const messages = read(language)
    const missing = Object.keys(english).filter((key) => !(key in messages))
    const extra = Object.keys(messages).filter((key) => !(key in english))
    expect({ missing, extra }, language).toEqual({ missing: [], extra: [] })
  })

  it.each(others)('should keep every {{placeholder}} of English in %s, and leave no message empty', (language) => {
    const messages = read(language)
    for (const [key, text] of Object.entries(english)) {
      expect(messages[key]?.trim(), `${language}: ${key}`).not.toBe('')
      expect(placeholders(messages[key] ?? ''), `${language}: ${key}`).toEqual(placeholders(text))
    }
  })

  it.each(others)('should translate %s rather than copy English (only cognates such as "Video" may match)', (language) => {
    const messages = read(language)
    const copied = Object.keys(english).filter((key) => messages[key] === english[key])
    expect(copied.length, `${language} repeats English in: ${copied.join(', ')}`).toBeLessThan(Object.keys(english).length / 10)
  })

  it('should hand Payload every language under the `concord` namespace', () => {
    expect(Object.keys(adminTranslations).sort()).toEqual([...adminLanguageCodes].sort())
    for (const language of adminLanguageCodes) expect(adminTranslations[language].concord).toBe(adminMessages[language])
  })
})

describe('messages the server shows staff', () => {
  const i18nConfig = { supportedLanguages: adminLanguages, fallbackLanguage: 'en' as const, translations: adminTranslations }

  it('should speak the language of the request’s admin, naming languages in it', async () => {
    const i18n = await initI18n({ config: i18nConfig as never, context: 'api', language: 'zh' })
    expect(staffMessage({ i18n }, 'workflow.alreadyInReview', { language: 'fr' })).toBe('法语文本已在审校中。')
    expect(staffMessage({ i18n }, 'error.signInLocked', { minutes: 10 })).toBe('该地址的登录尝试次数过多。请在 10 分钟后重试。')
  })

  it('should fall back to English without Payload’s i18n (scripts, the seed)', () => {
    expect(staffMessage(undefined, 'error.slugTaken', { slug: 'taken' })).toBe('The slug "taken" is already used in this language.')
  })
})
