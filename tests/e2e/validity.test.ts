import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

import { locales } from '../../cms/locales'
import { projectRoot } from '../../cms/paths'
import { brokenLinks, crossLanguageLinks } from '../helpers/links'
import { itemFolders } from '../helpers/itemFolders'

const siteDir = inject('siteDir')

describe('the built demo site', () => {
  it('should have no HTML errors under the Nu HTML checker', () => {
    const result = spawnSync('java', ['-jar', path.join(projectRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar'), '--errors-only', '--skip-non-html', '--format', 'text', siteDir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const errors = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.includes('error:'))
    expect(errors, errors.slice(0, 20).join('\n')).toEqual([])
    expect(result.status).toBe(0)
  }, 300_000)

  it('should have every internal link and fragment resolve, in every locale', () => {
    expect(brokenLinks(siteDir)).toEqual([])
  })

  it('should keep links within the page’s language, except the language switcher', () => {
    expect(crossLanguageLinks(siteDir, locales.map((locale) => locale.segment))).toEqual([])
  })
})

describe('page weight', () => {
  it.each(['en', 'zh', 'ar', 'ja', 'th'])('should keep a %s article page within 30 KB of compressed HTML and CSS', (segment) => {
    const newsFolder = path.join(siteDir, segment, 'news')
    const article = itemFolders(newsFolder)[0]
    const page = path.join(newsFolder, article, 'index.html')
    const stylesheets = [...fs.readFileSync(page, 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => path.join(siteDir, match[1]))
    const bytes = [page, ...stylesheets].reduce((sum, file) => sum + fs.statSync(`${file}.br`).size, 0)
    expect(bytes).toBeLessThanOrEqual(30 * 1024)
  })
})
