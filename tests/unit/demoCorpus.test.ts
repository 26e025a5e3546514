import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../cms/locales'
import { projectRoot } from '../../cms/paths'
import { loadCorpus } from '../../cms/seed/corpus'
import { validateCorpus } from '../../cms/seed/validateCorpus'

const corpus = loadCorpus(path.join(projectRoot, 'content'))
const itemsOf = (collection: string) => corpus.items.filter((item) => item.collection === collection)
const localesOf = (value: unknown) => Object.keys((value ?? {}) as object)

describe('the demo corpus in content/', () => {
  it('should validate against the CMS schema with no problems', () => {
    expect(validateCorpus(corpus)).toEqual([])
  })

  it('should have at least the amount of content the portal demo promises', () => {
    expect(itemsOf('articles').length).toBeGreaterThanOrEqual(12)
    expect(itemsOf('videos').length).toBeGreaterThanOrEqual(4)
    expect(itemsOf('case-highlights').length).toBeGreaterThanOrEqual(6)
    expect(itemsOf('events').length).toBeGreaterThanOrEqual(4)
    expect(itemsOf('documents').length).toBeGreaterThanOrEqual(6)
    expect(itemsOf('partners').length).toBeGreaterThanOrEqual(8)
    expect(itemsOf('pages').map((item) => item.key).sort()).toEqual(['about', 'contact', 'legal-notice'])
    expect(corpus.topics.length).toBeGreaterThan(0)
    expect(corpus.countries.length).toBeGreaterThan(0)
  })

  it('should translate most items into all eleven locales and leave a few partial on purpose', () => {
    const mainField = (data: Record<string, unknown>) => data.title ?? data.name
    const complete = corpus.items.filter((item) => localesOf(mainField(item.data)).length === localeCodes.length)
    const partial = corpus.items.filter((item) => localesOf(mainField(item.data)).length < localeCodes.length)
    expect(complete.length).toBeGreaterThanOrEqual(corpus.items.length - 5)
    expect(partial.length).toBeGreaterThan(0)
    expect(partial.map((item) => item.key)).toContain('digital-evidence-guidelines')
  })

  it('should give every image alt text in every locale', () => {
    for (const image of corpus.media) expect(localesOf(image.data.alt).sort(), image.key).toEqual([...localeCodes].sort())
  })
})
