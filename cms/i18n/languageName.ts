import { getLocale, isLocaleCode } from '../locales'

/**
 * A content locale's name in an admin language, from CLDR through `Intl.DisplayNames` (Node and browsers carry it),
 * so no table of language names is kept by hand: `languageName('ar', 'zh')` → `阿拉伯语`.
 */
export function languageName(code: string, inLanguage: string | undefined): string {
  const tag = isLocaleCode(code) ? getLocale(code).tag : code
  try {
    return new Intl.DisplayNames([inLanguage ?? 'en'], { type: 'language' }).of(tag) ?? code
  } catch {
    return code
  }
}
