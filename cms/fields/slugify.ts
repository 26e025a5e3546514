import anyAscii from 'any-ascii'

const hanCharacter = /\p{Script=Han}/gu

/**
 * A URL slug for any script: transliterated to ASCII by any-ascii (a maintained table covering Han, Arabic,
 * Cyrillic, Thai and more), lowercased, words joined by hyphens, cut at a word boundary.
 *
 * @example slugify('中国—东盟总检察长会议') // 'zhong-guo-dong-meng-zong-jian-cha-zhang-hui-yi'
 */
export function slugify(text: string, maxLength = 80): string {
  // Han characters are one syllable each and any-ascii runs them together; space them so words stay readable.
  const spaced = text.normalize('NFKC').replace(hanCharacter, (character) => ` ${character} `)
  const slug = anyAscii(spaced)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '')
}
