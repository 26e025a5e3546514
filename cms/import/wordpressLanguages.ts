import { locales, type LocaleCode } from '../locales'

/**
 * Names WordPress, WPML and Polylang give languages that are not simply a registry tag: Chinese variants name the
 * script or the region, and WordPress uses `_` where BCP 47 uses `-`.
 */
const aliases: Record<string, LocaleCode> = {
  'zh-hans': 'zh',
  'zh-cn': 'zh',
  'zh-sg': 'zh',
  zh: 'zh',
  'mn-cyrl': 'mn',
  'mn-mn': 'mn',
}

/**
 * The Concord locale of a WordPress language code (`en_US`, `fr_FR`, `zh-hans`, `zh_CN`, `ar`, `pt-br`…), or undefined
 * when the registry has no such language. Traditional Chinese (`zh-hant`, `zh_TW`, `zh_HK`) is not Simplified
 * Chinese and stays unmapped.
 */
export function localeOfWordPressCode(code: string | undefined): LocaleCode | undefined {
  if (!code) return undefined
  const normalised = code.trim().toLowerCase().replace(/_/g, '-')
  if (normalised === '') return undefined
  if (normalised in aliases) return aliases[normalised]
  if (/^zh-(hant|tw|hk|mo)/.test(normalised)) return undefined
  const byTag = locales.find((locale) => locale.tag.toLowerCase() === normalised || locale.code === normalised)
  if (byTag) return byTag.code
  const language = normalised.split('-')[0]
  if (language === 'zh') return undefined
  return locales.find((locale) => locale.code === language)?.code
}
