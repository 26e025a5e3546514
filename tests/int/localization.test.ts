import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { localeCodes, locales } from '../../cms/locales'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

const ctx = usePayload()
let payload: Payload
beforeAll(() => {
  payload = ctx().payload
})

/** A title in each locale's own script, so a mix-up between locales cannot pass unnoticed. */
const titles: Record<string, string> = {
  en: 'Cooperation forum opens',
  zh: '合作论坛开幕',
  fr: 'Ouverture du forum de coopération',
  ru: 'Открылся форум сотрудничества',
  es: 'Se inaugura el foro de cooperación',
  ar: 'افتتاح منتدى التعاون',
  de: 'Kooperationsforum eröffnet',
  ja: '協力フォーラムが開幕',
  mn: 'Хамтын ажиллагааны форум нээгдлээ',
  vi: 'Khai mạc diễn đàn hợp tác',
  th: 'เปิดการประชุมความร่วมมือ',
}

describe('localized content', () => {
  it('should have a test title for every registry locale', () => {
    expect(Object.keys(titles).sort()).toEqual([...localeCodes].sort())
  })

  it('should store and return each locale’s text separately, for every locale', async () => {
    const created = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: titles.en, summary: 'Summary', body: paragraph('Body'), _status: 'published' },
    })
    for (const locale of localeCodes.filter((code) => code !== 'en')) {
      await payload.update({
        collection: 'articles',
        id: created.id,
        locale,
        data: { title: titles[locale], summary: `${locale} summary`, body: paragraph(titles[locale]), _status: 'published' },
      })
    }
    for (const locale of localeCodes) {
      const doc = await payload.findByID({ collection: 'articles', id: created.id, locale, fallbackLocale: false, overrideAccess: false })
      expect(doc.title).toBe(titles[locale])
    }
    const all = await payload.findByID({ collection: 'articles', id: created.id, locale: 'all' })
    expect(all.title).toEqual(titles)
  })

  it('should fall back to the default locale for a missing translation, and say so when asked without fallback', async () => {
    const created = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: 'Only in English',
        summary: 'English summary',
        body: paragraph('English'),
        source: 'International Cooperation Department',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'fr',
      data: { title: 'Seulement en français', summary: 'Résumé', body: paragraph('Français'), _status: 'published' },
    })
    for (const locale of locales.filter((entry) => entry.code !== 'en' && entry.code !== 'fr')) {
      const withFallback = await payload.findByID({ collection: 'articles', id: created.id, locale: locale.code })
      expect(withFallback.title).toBe('Only in English')
      const withoutFallback = await payload.findByID({
        collection: 'articles',
        id: created.id,
        locale: locale.code,
        fallbackLocale: false,
      })
      expect(withoutFallback.title ?? null).toBeNull()
    }
    const french = await payload.findByID({ collection: 'articles', id: created.id, locale: 'fr' })
    expect(french.title).toBe('Seulement en français')
    // A field left untranslated falls back on its own, field by field.
    expect(french.source).toBe('International Cooperation Department')
  })

  it('should name countries in every locale from Intl without stored names', async () => {
    const country = await payload.create({ collection: 'countries', data: { code: 'vn' } })
    expect(country.code).toBe('VN')
    const zh = await payload.findByID({ collection: 'countries', id: country.id, locale: 'zh' })
    const ar = await payload.findByID({ collection: 'countries', id: country.id, locale: 'ar' })
    expect(zh.name).toBe('越南')
    const stored = await payload.findByID({ collection: 'countries', id: country.id, locale: 'all' })
    expect(Object.keys(stored.name as unknown as object).sort()).toEqual([...localeCodes].sort())
    expect(ar.name).toBe('فيتنام')
    await expect(payload.create({ collection: 'countries', data: { code: 'XQ' } })).rejects.toThrow(/Code/)
  })

  it('should name every country created in one transaction in every locale, not only the first', async () => {
    // The seed, the benchmark and imports create many countries with one request: a hook's own writes with that
    // request once changed its locale and context, so only the first country was named in every locale.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const created = []
    for (const code of ['PE', 'CL', 'UY']) created.push(await payload.create({ collection: 'countries', data: { code }, locale: 'en', req }))
    await commitTransaction(req)
    for (const country of created) {
      const stored = await payload.findByID({ collection: 'countries', id: country.id, locale: 'all' })
      expect(Object.keys(stored.name as unknown as object).sort(), String(stored.code)).toEqual([...localeCodes].sort())
    }
  })

  it('should require alt text on images', async () => {
    await expect(
      payload.create({
        collection: 'media',
        data: {} as never,
        file: { data: Buffer.from('not used'), mimetype: 'image/png', name: 'x.png', size: 8 },
      }),
    ).rejects.toThrow()
  })
})
