import fs from 'node:fs'
import path from 'node:path'

import { listFiles } from './builtSite'

/**
 * Every internal link and fragment in a built site that does not resolve, as `page → href` lines. A link resolves
 * when its file exists (directory links to their index.html) and, with a fragment, an element with that id exists.
 */
export function brokenLinks(root: string): string[] {
  const pages = listFiles(root).filter((file) => file.endsWith('.html'))
  const ids = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const html = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
      ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])))
    }
    return ids.get(file)!
  }
  const broken: string[] = []
  for (const page of pages) {
    const html = fs.readFileSync(path.join(root, page), 'utf8')
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const href = match[1].replace(/&amp;/g, '&')
      if (/^(https?:|mailto:|tel:|data:|\/\/)/.test(href)) continue
      const url = new URL(href, `http://site.test/${page}`)
      const pathname = decodeURIComponent(url.pathname)
      let target = path.join(root, pathname)
      if (pathname.endsWith('/')) target = path.join(target, 'index.html')
      else if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, 'index.html')
      if (!fs.existsSync(target)) broken.push(`${page} → ${href}`)
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page} → ${href} (no such fragment)`)
      }
    }
  }
  return broken
}

/** Links from a page to another locale's pages that are not language-switcher links. */
export function crossLanguageLinks(root: string, segments: string[]): string[] {
  const found: string[] = []
  for (const page of listFiles(root).filter((file) => file.endsWith('.html'))) {
    const own = page.split('/')[0]
    if (!segments.includes(own)) continue
    const html = fs.readFileSync(path.join(root, page), 'utf8')
    for (const match of html.matchAll(/<a\s[^>]*href="\/([a-z]{2})\/[^"]*"[^>]*>/g)) {
      if (match[1] !== own && !match[0].includes('data-language-choice')) found.push(`${page} → ${match[0].slice(0, 120)}`)
    }
  }
  return found
}
