import fs from 'node:fs'
import path from 'node:path'

import YAML from 'yaml'

import { collectionSlugs } from '../collectionSlugs'

/** Editorial collections seeded from one YAML file per item, in a folder named like the collection slug. */
export const itemCollections = [
  collectionSlugs.documents,
  collectionSlugs.partners,
  collectionSlugs.articles,
  collectionSlugs.videos,
  collectionSlugs.caseHighlights,
  collectionSlugs.events,
  collectionSlugs.pages,
] as const

export type ItemCollection = (typeof itemCollections)[number]

export interface CorpusItem {
  collection: ItemCollection | typeof collectionSlugs.topics | typeof collectionSlugs.media
  /** The file name without extension (or the `key`/`file` entry in a list file): the item's identity. */
  key: string
  /** Path relative to the corpus root, for error messages. */
  file: string
  data: Record<string, unknown>
}

export interface Corpus {
  root: string
  countries: string[]
  topics: CorpusItem[]
  media: CorpusItem[]
  items: CorpusItem[]
}

export class CorpusError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The seed corpus has ${problems.length} problem(s); nothing was written:\n  - ${problems.join('\n  - ')}`)
    this.name = 'CorpusError'
  }
}

/** Reads every file of the corpus; YAML syntax errors are collected with the file name and line. */
export function loadCorpus(root: string): Corpus {
  const problems: string[] = []
  const read = (relative: string): unknown => {
    const absolute = path.join(root, relative)
    if (!fs.existsSync(absolute)) {
      problems.push(`${relative}: file is missing`)
      return undefined
    }
    const document = YAML.parseDocument(fs.readFileSync(absolute, 'utf8'), { prettyErrors: true })
    if (document.errors.length > 0) {
      for (const error of document.errors) problems.push(`${relative}: ${error.message.split('\n')[0]}`)
      return undefined
    }
    return document.toJS()
  }
  const list = (relative: string): Record<string, unknown>[] => {
    const value = read(relative)
    if (value === undefined) return []
    if (!Array.isArray(value)) {
      problems.push(`${relative}: expected a YAML list`)
      return []
    }
    return value as Record<string, unknown>[]
  }

  const countries = list('countries.yaml').map((code) => String(code))
  const topics = list('topics.yaml').map((entry, index) => {
    const { key, ...data } = entry ?? {}
    return { collection: collectionSlugs.topics, key: String(key ?? `#${index + 1}`), file: 'topics.yaml', data }
  })
  const media = list(path.join('media', 'media.yaml')).map((entry) => {
    const { file, ...data } = entry ?? {}
    return { collection: collectionSlugs.media, key: String(file), file: 'media/media.yaml', data }
  })

  const items: CorpusItem[] = []
  for (const collection of itemCollections) {
    const folder = path.join(root, collection)
    if (!fs.existsSync(folder)) continue
    for (const name of fs.readdirSync(folder).sort()) {
      if (!name.endsWith('.yaml')) continue
      const file = path.join(collection, name)
      const data = read(file)
      if (data === undefined) continue
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        problems.push(`${file}: expected a YAML mapping of field names to values`)
        continue
      }
      items.push({ collection, key: name.slice(0, -'.yaml'.length), file, data: data as Record<string, unknown> })
    }
  }
  if (problems.length > 0) throw new CorpusError(problems)
  return { root, countries, topics, media, items }
}
