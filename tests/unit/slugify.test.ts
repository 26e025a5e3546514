import { describe, expect, it } from 'vitest'

import { slugify } from '../../cms/fields/slugify'

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
