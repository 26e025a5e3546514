/**
 * The OpenAPI 3.1 description of the public read API: `GET /api/<collection>` and `/api/<collection>/{id}` for every
 * collection an anonymous reader may read, with the parameters and limits the boundary enforces (cms/boundary/).
 * Generated from the running config, so it lists exactly the collections, fields and locales the API has.
 */
import type { PayloadRequest, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { locales } from '../locales'
import { readLimits } from '../boundary/limits'
import { objectSchema, schemaName } from './fieldSchemas'

type Schema = Record<string, unknown>

/** Collections whose read access lets someone who is not signed in read at least their published documents. */
export async function anonymouslyReadable(config: SanitizedConfig): Promise<SanitizedCollectionConfig[]> {
  const anonymous = { user: null, context: {} } as unknown as PayloadRequest
  const readable: SanitizedCollectionConfig[] = []
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    try {
      if ((await collection.access.read?.({ req: anonymous })) !== false) readable.push(collection)
    } catch {
      // An access function that cannot answer for nobody grants nothing to nobody.
    }
  }
  return readable
}

const localeCodes = locales.map((locale) => locale.code)

const parameters: Record<string, Schema> = {
  locale: {
    name: 'locale', in: 'query', required: false,
    description: 'The language of localized fields; `all` returns an object by locale. Unknown locales are refused (400).',
    schema: { type: 'string', enum: [...localeCodes, 'all'], default: 'en' },
  },
  fallbackLocale: {
    name: 'fallback-locale', in: 'query', required: false,
    description: 'Where a field is untranslated, the locale to show instead (English by default); `none` shows nothing.',
    schema: { type: 'string', enum: [...localeCodes, 'none'] },
  },
  depth: {
    name: 'depth', in: 'query', required: false,
    description: `How deeply related documents are included instead of their ids; at most ${readLimits.public.maxDepth} for anonymous readers.`,
    schema: { type: 'integer', minimum: 0, maximum: readLimits.public.maxDepth, default: readLimits.public.maxDepth },
  },
  limit: {
    name: 'limit', in: 'query', required: false,
    description: `Documents per page; at most ${readLimits.public.maxLimit} for anonymous readers (a larger value or 0 gets ${readLimits.public.maxLimit}).`,
    schema: { type: 'integer', minimum: 0, default: 10 },
  },
  page: { name: 'page', in: 'query', required: false, description: 'The page to return, from 1.', schema: { type: 'integer', minimum: 1, default: 1 } },
  sort: {
    name: 'sort', in: 'query', required: false,
    description: 'A field name to sort by, `-` in front for descending order (e.g. `-publishedAt`); comma-separate several.',
    schema: { type: 'string' },
  },
  where: {
    name: 'where', in: 'query', required: false, style: 'deepObject', explode: true,
    description: 'Filters in Payload’s query syntax, e.g. `where[year][equals]=2024` or `where[title][like]=forum`. Filters only ever match published content.',
    schema: { type: 'object', additionalProperties: true },
  },
  id: { name: 'id', in: 'path', required: true, description: 'The document id.', schema: { type: 'string' } },
}

const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Errors' } } } })

export async function openApiDocument(config: SanitizedConfig, serverUrl: string): Promise<Schema> {
  const collections = await anonymouslyReadable(config)
  const readable = new Set(collections.map((collection) => collection.slug))
  const paths: Record<string, Schema> = {}
  const schemas: Record<string, Schema> = {
    Errors: {
      type: 'object',
      required: ['errors'],
      properties: { errors: { type: 'array', items: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } } } },
    },
  }
  for (const collection of collections) {
    const name = schemaName(collection.slug)
    const document = objectSchema(collection.fields, readable, { id: { oneOf: [{ type: 'integer' }, { type: 'string' }] } })
    schemas[name] = { ...document, required: ['id'] }
    schemas[`${name}List`] = {
      type: 'object',
      required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage'],
      properties: {
        docs: { type: 'array', items: { $ref: `#/components/schemas/${name}` } },
        totalDocs: { type: 'integer' },
        limit: { type: 'integer' },
        page: { type: 'integer' },
        totalPages: { type: 'integer' },
        pagingCounter: { type: 'integer' },
        hasNextPage: { type: 'boolean' },
        hasPrevPage: { type: 'boolean' },
        nextPage: { type: ['integer', 'null'] },
        prevPage: { type: ['integer', 'null'] },
      },
    }
    const label = typeof collection.labels.plural === 'string' ? collection.labels.plural : collection.slug
    paths[`/${collection.slug}`] = {
      get: {
        operationId: `list${name}`,
        summary: `List ${label}`,
        tags: [collection.slug],
        parameters: ['locale', 'fallbackLocale', 'depth', 'limit', 'page', 'sort', 'where'].map(ref),
        responses: {
          200: { description: `A page of published ${label}.`, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}List` } } } },
          400: errorResponse('A parameter is malformed or outside its limits.'),
        },
      },
    }
    paths[`/${collection.slug}/{id}`] = {
      get: {
        operationId: `get${name}`,
        summary: `Read one of ${label}`,
        tags: [collection.slug],
        parameters: ['id', 'locale', 'fallbackLocale', 'depth'].map(ref),
        responses: {
          200: { description: 'The published document.', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
          400: errorResponse('A parameter is malformed or outside its limits.'),
          404: errorResponse('No published document has this id.'),
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Concord public read API',
      version: '1',
      description:
        'The published content of the portal, readable without an account: the same public state the site shows (drafts and unpublished translations never appear). ' +
        `Anonymous requests get at most ${readLimits.public.maxLimit} documents a page and relations at most ${readLimits.public.maxDepth} deep.`,
      license: { name: 'CC BY 4.0 (content)', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, '')}/api` }],
    paths,
    components: { parameters, schemas },
  }
}
