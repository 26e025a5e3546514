import { getLocale, localeCodes } from '../../cms/locales'
import { itemAlternates, sectionAlternates, type Alternate } from './alternates'
import { isTranslated, items, sections } from './content'
import { escapeXml } from './feeds'
import { sectionCollections } from './routes'

/**
 * Written here rather than with @astrojs/sitemap: alternates must pair the same item across localized slugs, which
 * that integration can only guess from URL patterns. Lists only published translations, never fallback pages.
 */
export function localeSitemap(locale: string, site: URL): string {
  const groups: Alternate[][] = [
    sectionAlternates(''),
    ...sectionCollections.map((collection) => sectionAlternates(`${sections[collection]}/`)),
    ...[...sectionCollections, 'pages' as const].flatMap((collection) =>
      items(collection)
        .filter((item) => isTranslated(item, locale))
        .map((item) => itemAlternates(collection, item)),
    ),
  ]
  const urls = groups.map((group) => {
    const own = group.find((alternate) => alternate.locale === locale)!
    const links = group
      .filter((alternate) => alternate.translated)
      .map((alternate) => `<xhtml:link rel="alternate" hreflang="${getLocale(alternate.locale).tag}" href="${escapeXml(new URL(alternate.url, site).href)}"/>`)
    return `<url><loc>${escapeXml(new URL(own.url, site).href)}</loc>${links.join('')}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
}

export function sitemapIndex(site: URL): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${localeCodes.map((code) => `<sitemap><loc>${escapeXml(new URL(`/${getLocale(code).segment}/sitemap.xml`, site).href)}</loc></sitemap>`).join('\n')}
</sitemapindex>
`
}
