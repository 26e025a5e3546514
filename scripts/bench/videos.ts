/**
 * The demo content's videos (content/videos/, with their files, posters and captions in every locale), added to the
 * benchmark corpus — which is otherwise articles only — so that Lighthouse audits a video page too. Imported through
 * the seed's own importer, once: later runs find them and write nothing.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { collectionSlugs } from '../../cms/collectionSlugs'
import { defaultLocale, type LocaleCode } from '../../cms/locales'
import { projectRoot } from '../../cms/paths'
import { loadCorpus, type Corpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'

/** Links to the demo's topics, countries and other items are left out: the bench corpus has its own. */
const demoLinks = ['topics', 'countries', 'related']

export async function ensureBenchVideos(payload: Payload, log: (line: string) => void): Promise<void> {
  const { totalDocs } = await payload.count({ collection: collectionSlugs.videos, overrideAccess: true })
  if (totalDocs > 0) return
  const demo = loadCorpus(path.join(projectRoot, 'content'))
  const videos = demo.items.filter((item) => item.collection === collectionSlugs.videos)
  const posters = new Set(videos.map((video) => video.data.poster))
  const corpus: Corpus = {
    root: demo.root,
    countries: [],
    topics: [],
    media: demo.media.filter((image) => posters.has(image.key)),
    items: videos.map((video) => ({ ...video, data: Object.fromEntries(Object.entries(video.data).filter(([name]) => !demoLinks.includes(name))) })),
  }
  const report = await importCorpus(payload, corpus)
  log(`Added the demo's ${videos.length} videos to the corpus (${report.created} entries written), for the video pages Lighthouse audits`)
}

/** The slug, in each locale, of the video page audited: the demo's first video (none when it was not added). */
export async function auditedVideoSlugs(payload: Payload, locales: readonly LocaleCode[]): Promise<Partial<Record<LocaleCode, string>>> {
  const first = loadCorpus(path.join(projectRoot, 'content')).items.find((item) => item.collection === collectionSlugs.videos)
  if (!first) return {}
  const { docs } = await payload.find({ collection: collectionSlugs.videos, where: { slug: { equals: first.key } }, locale: defaultLocale, depth: 0, limit: 1, overrideAccess: true })
  if (!docs[0]) return {}
  const slugs: Partial<Record<LocaleCode, string>> = {}
  for (const locale of locales) {
    const video = await payload.findByID({ collection: collectionSlugs.videos, id: docs[0].id, locale, depth: 0, overrideAccess: true })
    if (typeof video.slug === 'string') slugs[locale] = video.slug
  }
  return slugs
}
