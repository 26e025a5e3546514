/**
 * The open data of each locale: case highlights, documents, events and partners, and the case statistics, as JSON
 * (validated by the JSON Schema beside it) and CSV. Every published item is a row in every locale, its text in that
 * language or the one it falls back to (`language`, `translated` say which): the export holds only what is published,
 * so drafts and unpublished translations cannot appear.
 */
import { stringify } from 'csv-stringify/sync'

import { getLocale, type LocaleCode } from '../../../cms/locales'
import englishStrings from '../../i18n/en.json'
import { casesByCooperationCountryAndYear } from '../caseStatistics'
import { type ExportedItem, items, localeRoot } from '../content'
import { type CaseCount, caseFields, caseStatisticsFields, codesOf, type DataField, documentFields, eventFields, type FieldValue, partnerFields } from './fields'

const codes = (prefix: string) => codesOf(prefix, englishStrings)

interface Dataset<Row> {
  /** The UI string key of its title. */
  titleKey: string
  fields: DataField<Row>[]
  rows: () => Row[]
  /** When its content last changed (the newest item's update), or null for statistics derived from cases. */
  updated: (rows: Row[]) => string | null
}

const newest = (rows: ExportedItem[]) => rows.map((item) => item.updatedAt).sort().at(-1) ?? null

export const datasets = {
  cases: { titleKey: 'nav.cases', fields: caseFields(codes), rows: () => items('case-highlights'), updated: newest },
  documents: { titleKey: 'nav.documents', fields: documentFields(codes), rows: () => items('documents'), updated: newest },
  events: { titleKey: 'nav.events', fields: eventFields(codes), rows: () => items('events'), updated: newest },
  partners: { titleKey: 'nav.partners', fields: partnerFields(codes), rows: () => items('partners'), updated: newest },
  'case-statistics': {
    titleKey: 'data.caseStatistics',
    fields: caseStatisticsFields(codes),
    rows: casesByCooperationCountryAndYear,
    updated: () => newest(items('case-highlights')),
  },
} satisfies Record<string, Dataset<ExportedItem> | Dataset<CaseCount>>

export type DatasetName = keyof typeof datasets
export const datasetNames = Object.keys(datasets) as DatasetName[]

export const isDatasetName = (name: string | undefined): name is DatasetName => Boolean(name) && Object.hasOwn(datasets, name!)

/** The licence of the data, as the site footer states it for all content. */
export const dataLicense = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

export const dataFileUrl = (name: DatasetName, locale: LocaleCode, format: 'json' | 'csv') => `${localeRoot(locale)}data/${name}.${format}`
export const schemaUrl = (name: DatasetName) => `/data/schemas/${name}.schema.json`

function table(name: DatasetName, locale: LocaleCode, site: URL) {
  const dataset = datasets[name] as Dataset<unknown>
  const rows = dataset.rows()
  return {
    dataset,
    rows: rows.map((row) => Object.fromEntries(dataset.fields.map((field) => [field.name, field.value(row, { locale, site })]))),
    updated: dataset.updated(rows),
  }
}

/** The JSON download: the rows with what they are, in which language, under which licence, and when they changed. */
export function datasetJson(name: DatasetName, locale: LocaleCode, site: URL): string {
  const { rows, updated } = table(name, locale, site)
  return `${JSON.stringify(
    {
      $schema: new URL(schemaUrl(name), site).href,
      dataset: name,
      language: getLocale(locale).tag,
      license: dataLicense.url,
      updated,
      items: rows,
    },
    null,
    2,
  )}\n`
}

const cell = (value: FieldValue) => (Array.isArray(value) ? value.join(';') : value === null ? '' : value)

/**
 * The CSV download: a header of field names, one row per item, lists joined by `;`, with a UTF-8 byte order mark so
 * that spreadsheet programs read the text as UTF-8 rather than the system's legacy code page.
 */
export function datasetCsv(name: DatasetName, locale: LocaleCode, site: URL): string {
  const { dataset, rows } = table(name, locale, site)
  return stringify(
    rows.map((row) => Object.values(row).map((value) => cell(value as FieldValue))),
    { bom: true, header: true, columns: dataset.fields.map((field) => field.name), record_delimiter: 'windows', cast: { boolean: (value) => String(value) } },
  )
}

/** The JSON Schema (draft 2020-12) of a dataset's JSON download. */
export function datasetSchema(name: DatasetName, site: URL): string {
  const dataset = datasets[name] as Dataset<unknown>
  return `${JSON.stringify(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: new URL(schemaUrl(name), site).href,
      title: `Concord open data: ${name}`,
      type: 'object',
      required: ['dataset', 'language', 'license', 'updated', 'items'],
      properties: {
        $schema: { type: 'string', format: 'uri' },
        dataset: { const: name },
        language: { type: 'string' },
        license: { type: 'string', format: 'uri' },
        updated: { type: ['string', 'null'], format: 'date-time' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: dataset.fields.map((field) => field.name),
            properties: Object.fromEntries(dataset.fields.map((field) => [field.name, { ...field.schema, description: englishStrings[field.describedBy as keyof typeof englishStrings] }])),
          },
        },
      },
    },
    null,
    2,
  )}\n`
}

/** The fields of a dataset as the data page documents them. */
export function documentedFields(name: DatasetName) {
  return (datasets[name] as Dataset<unknown>).fields.map((field) => ({
    name: field.name,
    type: field.schema.type,
    format: field.schema.format as string | undefined,
    describedBy: field.describedBy,
    required: field.required,
    codes: field.codes ? codes(field.codes).map((code) => ({ code, labelKey: `${field.codes}${code}` })) : undefined,
  }))
}

/** When any of the open data last changed. */
export function dataUpdated(): string | null {
  return [...datasetNames].map((name) => (datasets[name] as Dataset<unknown>).updated((datasets[name] as Dataset<unknown>).rows())).filter(Boolean).sort().at(-1) ?? null
}
