/**
 * Page weight as a reader's browser receives it from the site server: the brotli-compressed HTML of a page plus its
 * stylesheets (fonts, images and scripts are not counted; the target is for HTML + CSS).
 */
import http from 'node:http'
import zlib from 'node:zlib'

import { getLocale } from '../../cms/locales'
import { articleText } from './corpus'
import type { BenchLocale } from './lexicon'

export interface PageWeight {
  locale: string
  kind: 'home' | 'article' | 'list'
  path: string
  htmlBytes: number
  cssBytes: number
  totalBytes: number
}

export const weighedLocales: BenchLocale[] = ['en', 'zh', 'ar', 'ru', 'th']

export async function measurePageWeights(siteUrl: string, article: number, log: (line: string) => void): Promise<PageWeight[]> {
  const weights: PageWeight[] = []
  for (const locale of weighedLocales) {
    const segment = getLocale(locale).segment
    const pages = [
      ['home', `/${segment}/`],
      ['article', `/${segment}/news/${articleText(article, locale).slug}/`],
      ['list', `/${segment}/news/`],
    ] as const
    for (const [kind, path] of pages) {
      const html = await fetchCompressed(`${siteUrl}${path}`)
      const stylesheets = [...zlib.brotliDecompressSync(html).toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1])
      let cssBytes = 0
      for (const href of stylesheets) cssBytes += (await fetchCompressed(new URL(href, `${siteUrl}${path}`).href)).length
      weights.push({ locale, kind, path, htmlBytes: html.length, cssBytes, totalBytes: html.length + cssBytes })
    }
  }
  for (const kind of ['home', 'article', 'list'] as const) {
    const largest = weights.filter((weight) => weight.kind === kind).sort((a, b) => b.totalBytes - a.totalBytes)[0]
    log(`  ${kind}: up to ${(largest.totalBytes / 1024).toFixed(1)} KB (${largest.locale})`)
  }
  return weights
}

/** The response body exactly as sent when the client accepts brotli only; fails unless it came brotli-encoded. */
function fetchCompressed(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`${url}: HTTP ${response.statusCode}`))
          else if (response.headers['content-encoding'] !== 'br') reject(new Error(`${url}: not served brotli-compressed`))
          else resolve(Buffer.concat(chunks))
        })
      })
      .on('error', reject)
  })
}
