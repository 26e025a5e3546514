import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

const ctx = usePayload()
let payload: Payload
beforeAll(() => {
  payload = ctx().payload
})

async function article(titles: Record<string, string>) {
  const created = await payload.create({
    collection: 'articles',
    locale: 'en',
    data: { title: titles.en, summary: 's', body: paragraph('b'), _status: 'published' },
  })
  for (const [locale, title] of Object.entries(titles)) {
    if (locale === 'en') continue
    await payload.update({ collection: 'articles', id: created.id, locale: locale as never, data: { title }, draft: true })
  }
  return payload.findByID({ collection: 'articles', id: created.id, locale: 'all', draft: true })
}

describe('localized slugs', () => {
  it('should generate a slug per locale from the title: romanized, or in Arabic and Thai script', async () => {
    const doc = await article({
      en: 'Prosecutors meet in Beijing',
      zh: '检察官在北京会面',
      ar: 'اجتماع المدعين العامين',
      th: 'อัยการประชุม',
      mn: 'Прокурорууд уулзлаа',
    })
    expect(doc.slug).toMatchObject({
      en: 'prosecutors-meet-in-beijing',
      zh: 'jian-cha-guan-zai-bei-jing-hui-mian',
      ar: 'اجتماع-المدعين-العامين',
      th: 'อัยการประชุม',
      mn: 'prokuroruud-uulzlaa',
    })
  })

  it('should make generated slugs unique within a locale', async () => {
    const first = await article({ en: 'Annual report', zh: '年度报告' })
    const second = await article({ en: 'Annual report', zh: '年度报告' })
    expect((first.slug as unknown as Record<string, string>).en).toBe('annual-report')
    expect((second.slug as unknown as Record<string, string>).en).toBe('annual-report-2')
    expect((second.slug as unknown as Record<string, string>).zh).toBe('nian-du-bao-gao-2')
  })

  // The admin sends the stored slug back with every save: a suffix past the length the slug is cut at was cut off
  // again on that save, and the item then met the slug it had been told apart from ("already used").
  it.each([
    ['en', 'Prosecutors-general of member countries met in Nanning and signed a declaration on judicial cooperation'],
    ['th', 'การประชุมอัยการสูงสุดจีนและอาเซียนครั้งที่สิบสี่เปิดขึ้นที่นครหนานหนิงเพื่อลงนามในปฏิญญาความร่วมมือด้านตุลาการ'],
    ['ar', 'افتتاح المؤتمر الرابع عشر للنواب العامين في الصين ودول الآسيان في مدينة نانينغ لتوقيع إعلان التعاون القضائي'],
  ])('should keep the suffix of a long generated slug in %s through later saves', async (locale, title) => {
    const titles = { en: locale === 'en' ? title : 'Long title', [locale]: title }
    const first = (await article(titles)).slug as unknown as Record<string, string>
    const secondDoc = await article(titles)
    const second = (secondDoc.slug as unknown as Record<string, string>)[locale]
    expect(second).toMatch(/-2$/)
    expect(second.slice(0, -2)).not.toBe('')
    expect(first[locale]).not.toBe(second)
    const saved = await payload.update({ collection: 'articles', id: secondDoc.id, locale: locale as never, data: { title, slug: second }, draft: true })
    expect(saved.slug).toBe(second)
  })

  it('should allow the same slug in different locales', async () => {
    const doc = await article({ en: 'Interpol', fr: 'Interpol', de: 'Interpol' })
    expect(doc.slug).toMatchObject({ en: 'interpol', fr: 'interpol', de: 'interpol' })
  })

  it('should refuse a typed slug that another item uses in the same locale', async () => {
    await article({ en: 'Taken slug' })
    const other = await article({ en: 'Other item' })
    const error = await payload
      .update({ collection: 'articles', id: other.id, locale: 'en', data: { slug: 'taken-slug' } })
      .catch((caught: unknown) => caught)
    expect((error as { data?: { errors?: { message: string }[] } }).data?.errors?.[0]?.message).toBe(
      'The slug "taken-slug" is already used in this language.',
    )
  })

  it('should keep the slug stable when the title changes', async () => {
    const doc = await article({ en: 'Original title' })
    const renamed = await payload.update({ collection: 'articles', id: doc.id, locale: 'en', data: { title: 'A new title' } })
    expect(renamed.slug).toBe('original-title')
  })

  it('should normalise a slug an editor types', async () => {
    const doc = await article({ en: 'Typed slug' })
    const updated = await payload.update({ collection: 'articles', id: doc.id, locale: 'en', data: { slug: 'My  Custom Slug!' } })
    expect(updated.slug).toBe('my-custom-slug')
  })
})
