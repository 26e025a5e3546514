/** The facts the guides quote (addresses, limits, locales), passed to every MDX guide as props so its text never drifts. */
import { readLimits } from '../../cms/boundary/limits'
import { getLocale, type LocaleCode, locales } from '../../cms/locales'
import { localeRoot, standingPageUrl } from './content'
import { dataPageUrl, feedsPageUrl, guideUrl } from './guides'

export function guideProps(locale: LocaleCode, site: URL) {
  const root = localeRoot(locale)
  return {
    locale,
    tag: getLocale(locale).tag,
    siteOrigin: site.origin,
    localeCodes: locales.map((entry) => entry.code).join(', '),
    maxLimit: readLimits.public.maxLimit,
    maxDepth: readLimits.public.maxDepth,
    dataPage: dataPageUrl(locale),
    feedsPage: feedsPageUrl(locale),
    apiGuide: guideUrl('api', locale),
    embeddingGuide: guideUrl('embedding', locale),
    accessibilityGuide: guideUrl('accessibility', locale),
    videosPage: `${root}videos/`,
    searchPage: `${root}search/`,
    contactPage: standingPageUrl('contact', locale) ?? root,
  }
}
