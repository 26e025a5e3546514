import fs from 'node:fs'
import path from 'node:path'

import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { projectRoot } from '../../cms/paths'
import { launchBrowser } from '../helpers/browser'
import { segments, templatePages } from './templates'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const axeSource = fs.readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
let browser: BrowserContext
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it.each(segments)('should have no violations on any page template in %s', async (segment) => {
    const page = await browser.newPage()
    const failures: string[] = []
    for (const url of [...templatePages(siteDir, segment), `/${segment}/news/digital-evidence-guidelines/`]) {
      await page.goto(`${siteUrl}${url}`)
      // Evaluated rather than injected as a <script>: the site's CSP rightly refuses inline scripts.
      await page.evaluate(axeSource)
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html.slice(0, 100)}`)
      })
      failures.push(...violations.map((violation) => `${url} ${violation}`))
    }
    await page.close()
    expect(failures).toEqual([])
  })
})
