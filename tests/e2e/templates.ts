import fs from 'node:fs'
import path from 'node:path'

import { locales } from '../../cms/locales'
import { itemFolders } from '../helpers/itemFolders'

/** One page of every template in a locale of the built site, found from the files (first item of each section). */
export function templatePages(siteDir: string, segment: string): string[] {
  const first = (section: string) => {
    const folder = path.join(siteDir, segment, section)
    const name = itemFolders(folder)[0]
    return name ? `/${segment}/${section}/${name}/` : undefined
  }
  const standing = fs
    .readdirSync(path.join(siteDir, segment))
    .filter((entry) => !['news', 'videos', 'cases', 'events', 'documents', 'partners', 'topics', 'countries', 'search', '404', 'feeds', 'data', 'guides'].includes(entry))
    .filter((entry) => fs.existsSync(path.join(siteDir, segment, entry, 'index.html')))
    .map((entry) => `/${segment}/${entry}/`)
  return [
    `/${segment}/`,
    `/${segment}/news/`,
    ...['news', 'videos', 'cases', 'events', 'documents', 'partners', 'topics', 'countries'].map(first),
    `/${segment}/documents/`,
    `/${segment}/search/`,
    `/${segment}/404/`,
    `/${segment}/feeds/`,
    `/${segment}/data/`,
    `/${segment}/guides/api/`,
    `/${segment}/guides/embedding/`,
    `/${segment}/guides/accessibility/`,
    // A video's player page for other sites (site/views/EmbedVideoView.astro).
    first('embed/video'),
    standing[0],
  ].filter((page): page is string => Boolean(page))
}

export const segments = locales.map((locale) => locale.segment)
