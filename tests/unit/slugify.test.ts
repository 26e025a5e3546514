import { describe, expect, it } from 'vitest'

import { localizedSlug, nativeSlug, slugify, slugLimits, suffixedSlug } from '../../cms/fields/slugify'

describe('suffixedSlug', () => {
  it('should add the suffix to a short slug as it is', () => {
    expect(suffixedSlug('annual-report', 2, 'en')).toBe('annual-report-2')
  })

  it('should shorten a long slug\u2019s stem so that normalising it again keeps the suffix', () => {
    const long = slugify('prosecutors general of member countries met in nanning and signed a declaration')
    const suffixed = suffixedSlug(long, 12, 'en')
    expect(suffixed).toMatch(/[a-z]-12$/)
    expect(suffixed.length).toBeLessThanOrEqual(slugLimits.romanized)
    expect(localizedSlug(suffixed, 'en')).toBe(suffixed)
    const thai = nativeSlug('การประชุมอัยการสูงสุดจีนและอาเซียนครั้งที่สิบสี่เปิดขึ้นที่นครหนานหนิงเพื่อลงนาม', 'th')
    const thaiSuffixed = suffixedSlug(thai, 3, 'th')
    expect([...thaiSuffixed].length).toBeLessThanOrEqual(slugLimits.native)
    expect(localizedSlug(thaiSuffixed, 'th')).toBe(thaiSuffixed)
  })
})

describe('slugify', () => {
  it('should lowercase and hyphenate Latin titles, dropping accents', () => {
    expect(slugify('Coopération judiciaire: l’entraide pénale')).toBe('cooperation-judiciaire-lentraide-penale')
  })

  it('should transliterate Chinese into separated pinyin syllables', () => {
    expect(slugify('中国—东盟总检察长会议')).toBe('zhong-guo-dong-meng-zong-jian-cha-zhang-hui-yi')
  })

  it('should transliterate Arabic, Thai and Mongolian Cyrillic to ASCII', () => {
    expect(slugify('مؤتمر التعاون القضائي')).toMatch(/^[a-z0-9-]+$/)
    expect(slugify('مؤتمر التعاون القضائي')).toBe('mutmr-ltwn-lqdiy')
    expect(slugify('การประชุมอัยการสูงสุด')).toBe('karprachumoaykarsungsud')
    expect(slugify('Монгол улсын прокурорын газар')).toBe('mongol-ulsyn-prokuroryn-gazar')
  })

  it('should cut long slugs at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 30)
    expect(slug.length).toBeLessThanOrEqual(30)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug).toMatch(/^(word-)*word$/)
  })

  it('should return an empty string for text with no letters or digits', () => {
    expect(slugify('—!?')).toBe('')
  })
})

describe('localizedSlug', () => {
  it('should keep Arabic and Thai in their own script, as the locale registry says', () => {
    expect(localizedSlug('مُؤْتَمَرُ التعاون القضائي', 'ar')).toBe('مؤتمر-التعاون-القضائي')
    expect(localizedSlug('การประชุมอัยการสูงสุด ครั้งที่ 5', 'th')).toBe('การประชุมอัยการสูงสุด-ครั้งที่-5')
    expect(localizedSlug('中国—东盟总检察长会议', 'zh')).toBe('zhong-guo-dong-meng-zong-jian-cha-zhang-hui-yi')
    expect(localizedSlug('Монгол улсын прокурор', 'mn')).toBe('mongol-ulsyn-prokuror')
  })

  it('should lowercase Latin words inside Arabic text and drop invisible marks and the tatweel', () => {
    expect(localizedSlug('منتدى ASEAN\u200f 2025', 'ar')).toBe('منتدى-asean-2025')
    expect(localizedSlug('الـمـنـتـدى', 'ar')).toBe('المنتدى')
  })

  it('should write the same slug whichever Unicode form the title came in', () => {
    expect(nativeSlug('ก\u0E4D\u0E32', 'th')).toBe(nativeSlug('ก\u0E4D\u0E32'.normalize('NFC'), 'th'))
  })

  it('should cut a long Thai slug between words found by the word segmenter, within 60 characters', () => {
    const slug = nativeSlug('การประชุมเชิงปฏิบัติการระดับภูมิภาคว่าด้วยการติดตามทรัพย์สินจากการทุจริตคืน ณ นครหนานหนิง', 'th')
    expect([...slug].length).toBeLessThanOrEqual(60)
    expect(slug).toBe('การประชุมเชิงปฏิบัติการระดับภูมิภาคว่าด้วยการติดตามทรัพย์สิน')
    expect(Buffer.byteLength(slug)).toBeLessThan(255)
  })
})
