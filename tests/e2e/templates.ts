import fs from 'node:fs'
import path from 'node:path'

import { locales } from '../../cms/locales'

/** One page of every template in a locale of the built site, found from the files (first item of each section). */
export function templatePages(siteDir: string, segment: string): string[] {
  const first = (section: string) => {
    const folder = path.join(siteDir, segment, section)
    const name = fs.existsSync(folder) ? fs.readdirSync(folder).filter((entry) => entry !== 'page').sort()[0] : undefined
    return name ? `/${segment}/${section}/${name}/` : undefined
  }
  const standing = fs
    .readdirSync(path.join(siteDir, segment))
    .filter((entry) => !['news', 'videos', 'cases', 'events', 'documents', 'partners', 'topics', 'countries', 'search', '404', 'feeds'].includes(entry))
    .filter((entry) => fs.existsSync(path.join(siteDir, segment, entry, 'index.html')))
    .map((entry) => `/${segment}/${entry}/`)
  return [
    `/${segment}/`,
    `/${segment}/news/`,
    ...['news', 'videos', 'cases', 'events', 'documents', 'partners', 'topics', 'countries'].map(first),
    `/${segment}/documents/`,
    `/${segment}/search/`,
    `/${segment}/404/`,
    standing[0],
  ].filter((page): page is string => Boolean(page))
}

export const segments = locales.map((locale) => locale.segment)
