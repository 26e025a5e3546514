import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { validate as validateOpenApi } from '@readme/openapi-parser'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parse as parseCsv } from 'csv-parse/sync'
import { parseAtomFeed, parseJsonFeed } from 'feedsmith'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportPublished } from '../../cms/export/exportPublished'
import { locales } from '../../cms/locales'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { buildRelease } from '../../site/render/buildRelease'
import { serveApi } from '../helpers/apiServer'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

/**
 * What partners take from the portal — feeds, calendars, open data, the API description — checked with the parsers
 * and validators they would use, never by shape alone.
 */
const ctx = usePayload()
let release: string
const read = (relative: string) => fs.readFileSync(path.join(release, relative), 'utf8')
const ajv = () => {
  const instance = new Ajv2020({ allErrors: true, strict: false })
  addFormats.default(instance)
  return instance
}
const datasets = ['cases', 'documents', 'events', 'partners', 'case-statistics']

beforeAll(async () => {
  const { payload } = ctx()
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  const [country] = (await payload.find({ collection: 'countries', limit: 1 })).docs
  const event = await payload.create({
    collection: 'events', locale: 'en',
    data: { title: 'Forum on asset recovery; Tom & Jerry', summary: 'A two-day forum, in Nanning.', eventType: 'forum', startDate: '2025-07-15T00:00:00.000Z', endDate: '2025-07-16T00:00:00.000Z', place: 'Nanning', participatingCountries: [country.id], _status: 'published' },
  })
  await payload.update({ collection: 'events', id: event.id, locale: 'fr', data: { title: 'Forum sur le recouvrement d’avoirs', summary: 'Un forum de deux jours.', place: 'Nanning', _status: 'published' } })
  // A French draft of an item published in English, and an event never published.
  await payload.update({ collection: 'events', id: event.id, locale: 'de', draft: true, data: { title: 'UNPUBLISHEDMARKER Forum', summary: 'UNPUBLISHEDMARKER', place: 'UNPUBLISHEDMARKER' } })
  await payload.create({ collection: 'events', locale: 'en', draft: true, data: { title: 'DRAFTMARKER event', summary: 'DRAFTMARKER', eventType: 'training', startDate: '2026-01-01T00:00:00.000Z', place: 'DRAFTMARKER', _status: 'draft' } })
  await payload.create({
    collection: 'case-highlights', locale: 'en',
    data: { title: 'A case of extradition, "quoted"', summary: 'Summary, with a comma', facts: paragraph('Facts'), crimeTypes: ['fraud'], cooperationTypes: ['extradition', 'asset-recovery'], countries: [country.id], year: 2024, _status: 'published' },
  })
  await payload.create({ collection: 'partners', locale: 'en', data: { name: 'Partner agency', kind: 'central-authority', country: country.id, website: 'https://partner.example.org/', _status: 'published' } })
  const exportDir = path.join(ctx().dataDir, 'partner-export')
  await exportPublished(payload, exportDir)
  release = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-partner-outputs-'))
  await buildRelease({ exportDir, outDir: release, log: () => undefined })
}, 300_000)

describe('feeds', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'jsonfeed-1.1.schema.json'), 'utf8'))

  it('should give every JSON Feed item content, valid against the JSON Feed 1.1 schema and read by a feed parser', () => {
    const check = ajv().compile(schema)
    const feeds = listFiles(release).filter((file) => /^[^/]+\/feeds\/[a-z]+\.json$/.test(file))
    expect(feeds.length).toBe(locales.length * 5)
    let items = 0
    for (const file of feeds) {
      const text = read(file)
      expect(check(JSON.parse(text)), `${file}: ${JSON.stringify(check.errors)}`).toBe(true)
      const feed = parseJsonFeed(text)
      for (const item of feed.items ?? []) expect(item.content_html ?? item.content_text, file).toBeTypeOf('string')
      items += feed.items?.length ?? 0
    }
    expect(items).toBeGreaterThan(0)
    expect(parseJsonFeed(read('fr/feeds/events.json')).items?.[0]?.content_html).toBe('<p>Un forum de deux jours.</p>')
  })

  it('should write Atom feeds that a feed parser reads, with their entries', () => {
    for (const locale of locales) {
      for (const name of ['news', 'videos', 'cases', 'events', 'documents']) {
        const feed = parseAtomFeed(read(`${locale.segment}/feeds/${name}.xml`))
        expect(feed.title, `${locale.segment}/${name}`).toBeTruthy()
      }
    }
    // feedsmith reads an Atom text construct as { value }.
    const titles = parseAtomFeed(read('en/feeds/events.xml')).entries?.map((entry) => (entry.title as { value?: string } | undefined)?.value)
    expect(titles).toEqual(['Forum on asset recovery; Tom & Jerry'])
  })

  it('should list every feed, the calendar, the data page and the guides on each locale’s feeds page', () => {
    for (const locale of locales) {
      const page = read(`${locale.segment}/feeds/index.html`)
      for (const href of ['feeds/news.xml', 'feeds/events.json', 'feeds/events.ics', 'data/', 'guides/api/', 'guides/embedding/', 'guides/accessibility/']) {
        expect(page, `${locale.segment} ${href}`).toContain(`href="/${locale.segment}/${href}"`)
      }
    }
  })
})

describe('calendars', () => {
  const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))

  it('should publish each locale’s events as RFC 5545 all-day events, translated ones only', () => {
    const [english] = events(read('en/feeds/events.ics'))
    expect(english.summary).toBe('Forum on asset recovery; Tom & Jerry')
    expect(english.startDate.isDate).toBe(true)
    expect(english.startDate.toString()).toBe('2025-07-15')
    // DTEND of an all-day event is exclusive: the day after the last.
    expect(english.endDate.toString()).toBe('2025-07-17')
    expect(english.location).toBe('Nanning')
    const [french] = events(read('fr/feeds/events.ics'))
    expect(french.summary).toBe('Forum sur le recouvrement d’avoirs')
    expect(french.uid).toBe(english.uid)
    expect(events(read('de/feeds/events.ics'))).toEqual([])
  })

  it('should link an "Add to calendar" file from every event page, in the page’s language', () => {
    for (const locale of locales) {
      const folder = path.join(release, locale.segment, 'events')
      const [slug] = fs.readdirSync(folder).filter((name) => name !== 'page' && fs.statSync(path.join(folder, name)).isDirectory())
      const page = read(`${locale.segment}/events/${slug}/index.html`)
      expect(page).toContain(`href="/${locale.segment}/events/${slug}/calendar.ics"`)
      expect(read(`${locale.segment}/events/index.html`)).toContain(`href="/${locale.segment}/feeds/events.ics"`)
      const [event] = events(read(`${locale.segment}/events/${slug}/calendar.ics`))
      expect(event.summary).toBe(locale.code === 'fr' ? 'Forum sur le recouvrement d’avoirs' : 'Forum on asset recovery; Tom & Jerry')
    }
  })
})

describe('open data', () => {
  it('should validate every JSON download against its published JSON Schema, and match its CSV row for row', () => {
    for (const locale of locales) {
      for (const name of datasets) {
        const schema = JSON.parse(read(`data/schemas/${name}.schema.json`))
        const check = ajv().compile(schema)
        const json = JSON.parse(read(`${locale.segment}/data/${name}.json`))
        expect(check(json), `${locale.segment}/${name}: ${JSON.stringify(check.errors)}`).toBe(true)
        const bytes = fs.readFileSync(path.join(release, locale.segment, 'data', `${name}.csv`))
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const rows = parseCsv(bytes, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[]
        expect(rows.length, `${locale.segment}/${name}`).toBe(json.items.length)
        rows.forEach((row, index) => {
          const item = json.items[index] as Record<string, unknown>
          expect(Object.keys(row)).toEqual(Object.keys(item))
          for (const [key, value] of Object.entries(item)) {
            const expected = Array.isArray(value) ? value.join(';') : value === null ? '' : String(value)
            expect(row[key], `${locale.segment}/${name} ${key}`).toBe(expected)
          }
        })
      }
    }
  })

  it('should carry every published item in every language, with the language its text is in', () => {
    const french = JSON.parse(read('fr/data/events.json'))
    expect(french.items.map((item: { title: string; language: string; translated: boolean }) => [item.title, item.language, item.translated])).toEqual([['Forum sur le recouvrement d’avoirs', 'fr', true]])
    const german = JSON.parse(read('de/data/events.json'))
    expect(german.items[0]).toMatchObject({ title: 'Forum on asset recovery; Tom & Jerry', language: 'en', translated: false })
    const cases = JSON.parse(read('en/data/cases.json'))
    expect(cases.items[0]).toMatchObject({ cooperationTypes: ['extradition', 'asset-recovery'], crimeTypes: ['fraud'], year: 2024 })
    const statistics = JSON.parse(read('en/data/case-statistics.json'))
    expect(statistics.items.map((row: { cooperationType: string; cases: number }) => [row.cooperationType, row.cases])).toEqual([['asset-recovery', 1], ['extradition', 1]])
  })

  it('should never carry drafts or unpublished translations', () => {
    const outputs = listFiles(release).filter((file) => /\.(csv|json|ics|xml|html)$/.test(file) && !file.startsWith('pagefind'))
    for (const file of outputs) {
      const text = read(file)
      expect(text, file).not.toContain('DRAFTMARKER')
      expect(text, file).not.toContain('UNPUBLISHEDMARKER')
    }
  })

  it('should document every field of every dataset on the data page of each locale', () => {
    for (const locale of locales) {
      const page = read(`${locale.segment}/data/index.html`)
      for (const name of datasets) {
        expect(page).toContain(`href="/${locale.segment}/data/${name}.csv"`)
        for (const field of Object.keys(JSON.parse(read(`data/schemas/${name}.schema.json`)).properties.items.items.properties)) {
          expect(page, `${locale.segment} ${name}.${field}`).toMatch(new RegExp(`<code[^>]*>${field}</code>`))
        }
      }
      expect(page).toContain('https://creativecommons.org/licenses/by/4.0/')
    }
  })
})

describe('guides', () => {
  it('should render every guide in every locale from its MDX source, in the page’s language', () => {
    for (const locale of locales) {
      for (const guide of ['guides/api', 'guides/embedding', 'guides/accessibility', 'data']) {
        const page = read(`${locale.segment}/${guide}/index.html`)
        expect(page, `${locale.segment}/${guide}`).toContain(`<html lang="${locale.tag}" dir="${locale.dir}"`)
        expect(page).toMatch(/<h1[^>]*>[^<]+<\/h1>/)
        expect(page).not.toContain('props.')
      }
      expect(read(`${locale.segment}/guides/api/index.html`)).toContain('/api/openapi.json')
    }
  })
})

describe('the public API description', () => {
  it('should serve a valid OpenAPI 3.1 document of the anonymous read endpoints at /api/openapi.json', async () => {
    const api = await serveApi()
    try {
      const response = await fetch(`${api.url}/api/openapi.json`)
      expect(response.status).toBe(200)
      const document = await response.json()
      const result = await validateOpenApi(structuredClone(document))
      expect(result.valid, JSON.stringify(result)).toBe(true)
      expect(document.openapi).toBe('3.1.0')
      // The admin's configured public origin (CONCORD_ADMIN_URL), else the default admin origin.
      expect(document.servers[0].url).toMatch(/^https?:\/\/[^/]+\/api$/)
      const paths = Object.keys(document.paths)
      for (const collection of ['articles', 'videos', 'case-highlights', 'events', 'documents', 'partners', 'pages', 'topics', 'countries', 'media', 'files']) {
        expect(paths).toContain(`/${collection}`)
        expect(paths).toContain(`/${collection}/{id}`)
      }
      for (const hidden of ['users', 'site-builds', 'translations', 'auth-throttles']) expect(paths).not.toContain(`/${hidden}`)
      expect(document.components.parameters.limit.description).toContain('100')
      expect(document.components.parameters.depth.schema.maximum).toBe(2)
      // What it promises holds: a page beyond the limit is cut to it, an unknown locale is refused.
      expect((await (await fetch(`${api.url}/api/articles?limit=500`)).json()).limit).toBe(100)
      expect((await fetch(`${api.url}/api/articles?locale=xx`)).status).toBe(400)
    } finally {
      await api.close()
    }
  })
})
