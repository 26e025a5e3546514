/**
 * The columns of the open data downloads, one definition per field: the JSON rows, the CSV columns, the JSON Schema
 * and the data page's field documentation are all derived from these lists, so none of them can drift from the others.
 */
import { getLocale, type LocaleCode, localeCodes } from '../../../cms/locales'
import { contentLocale, type ExportedItem, field, file, isTranslated, itemById, itemUrl, type PageCollection } from '../content'
import { calendarUrl } from '../calendar'

export type FieldValue = string | number | boolean | string[] | null

/** The JSON Schema of one field's value (draft 2020-12). */
export type FieldSchema = Record<string, unknown>

export interface DataField<Row> {
  name: string
  schema: FieldSchema
  /** Required values are never null. */
  required: boolean
  /** The UI string key of its description on the data page (site/i18n/). */
  describedBy: string
  /** The UI string prefix of its coded values' labels (`cooperationType.` → `cooperationType.extradition`). */
  codes?: string
  value: (row: Row, context: RowContext) => FieldValue
}

export interface RowContext {
  locale: LocaleCode
  site: URL
}

/** The codes of a coded field, from the English UI strings that label them (the site's list of known codes). */
export function codesOf(prefix: string, strings: Record<string, string>): string[] {
  return Object.keys(strings).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length))
}

const text: FieldSchema = { type: 'string' }
const uri: FieldSchema = { type: 'string', format: 'uri' }
const optionalUri: FieldSchema = { type: ['string', 'null'], format: 'uri' }
const date: FieldSchema = { type: 'string', format: 'date' }
const dateTime: FieldSchema = { type: 'string', format: 'date-time' }
const optionalDateTime: FieldSchema = { type: ['string', 'null'], format: 'date-time' }
const countryCodes: FieldSchema = { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' } }

const countryCode = (id: unknown): string | undefined => {
  const country = id === undefined || id === null ? undefined : itemById('countries', id)
  return country ? String(country.data.code).toUpperCase() : undefined
}
const countryCodesOf = (ids: unknown) => ((ids as unknown[]) ?? []).map(countryCode).filter((code): code is string => Boolean(code))
const dayOf = (value: unknown) => (value ? String(value).slice(0, 10) : null)
const instantOf = (value: unknown) => (value ? new Date(String(value)).toISOString() : null)
const localized = (name: string) => (item: ExportedItem, { locale }: RowContext) => field<string>(item, name, locale) ?? ''

/** The fields every dataset of items starts with: which item, where it is, in which language its text is. */
function itemFields(collection: PageCollection, titleField = 'title'): DataField<ExportedItem>[] {
  return [
    { name: 'id', schema: text, required: true, describedBy: 'data.field.id', value: (item) => String(item.id) },
    { name: 'url', schema: uri, required: true, describedBy: 'data.field.url', value: (item, { locale, site }) => new URL(itemUrl(collection, item, locale), site).href },
    {
      name: 'language',
      schema: { type: 'string', enum: localeCodes.map((code) => getLocale(code).tag) },
      required: true,
      describedBy: 'data.field.language',
      value: (item, { locale }) => getLocale(contentLocale(item, locale)).tag,
    },
    { name: 'translated', schema: { type: 'boolean' }, required: true, describedBy: 'data.field.translated', value: (item, { locale }) => isTranslated(item, locale) },
    { name: titleField, schema: text, required: true, describedBy: `data.field.${titleField}`, value: localized(titleField) },
  ]
}

const publicationFields: DataField<ExportedItem>[] = [
  { name: 'publishedAt', schema: optionalDateTime, required: false, describedBy: 'data.field.publishedAt', value: (item) => instantOf(item.data.publishedAt) },
  { name: 'updatedAt', schema: dateTime, required: true, describedBy: 'data.field.updatedAt', value: (item) => instantOf(item.updatedAt) },
]

const coded = (prefix: string, name: string, describedBy: string, many: boolean, codes: string[]): DataField<ExportedItem> => ({
  name,
  schema: many ? { type: 'array', items: { type: 'string', enum: codes } } : { type: 'string', enum: codes },
  required: true,
  describedBy,
  codes: prefix,
  value: (item) => (many ? ((item.data[name] as string[]) ?? []).map(String) : String(item.data[name] ?? '')),
})

export function caseFields(codes: (prefix: string) => string[]): DataField<ExportedItem>[] {
  return [
    ...itemFields('case-highlights'),
    { name: 'summary', schema: text, required: true, describedBy: 'data.field.summary', value: localized('summary') },
    { name: 'year', schema: { type: 'integer' }, required: true, describedBy: 'data.field.caseYear', value: (item) => Number(item.data.year) },
    { name: 'countries', schema: countryCodes, required: true, describedBy: 'data.field.caseCountries', value: (item) => countryCodesOf(item.data.countries) },
    coded('crimeType.', 'crimeTypes', 'data.field.crimeTypes', true, codes('crimeType.')),
    coded('cooperationType.', 'cooperationTypes', 'data.field.cooperationTypes', true, codes('cooperationType.')),
    ...publicationFields,
  ]
}

export function documentFields(codes: (prefix: string) => string[]): DataField<ExportedItem>[] {
  const files = (item: ExportedItem) => (item.data.file ?? {}) as Partial<Record<LocaleCode, unknown>>
  return [
    ...itemFields('documents'),
    { name: 'summary', schema: text, required: true, describedBy: 'data.field.summary', value: localized('summary') },
    coded('documentType.', 'documentType', 'data.field.documentType', false, codes('documentType.')),
    { name: 'issuingBody', schema: text, required: true, describedBy: 'data.field.issuingBody', value: localized('issuingBody') },
    { name: 'date', schema: { type: ['string', 'null'], format: 'date' }, required: false, describedBy: 'data.field.documentDate', value: (item) => dayOf(item.data.date) },
    {
      name: 'fileLanguages',
      schema: { type: 'array', items: { type: 'string' } },
      required: true,
      describedBy: 'data.field.fileLanguages',
      value: (item) => localeCodes.filter((code) => files(item)[code] && file(files(item)[code])).map((code) => getLocale(code).tag),
    },
    {
      name: 'fileUrl',
      schema: optionalUri,
      required: false,
      describedBy: 'data.field.fileUrl',
      value: (item, { locale, site }) => {
        const own = files(item)[locale] ?? files(item)[contentLocale(item, locale)]
        const found = own ? file(own) : undefined
        return found ? new URL(found.url, site).href : null
      },
    },
    ...publicationFields,
  ]
}

export function eventFields(codes: (prefix: string) => string[]): DataField<ExportedItem>[] {
  return [
    ...itemFields('events'),
    { name: 'summary', schema: text, required: true, describedBy: 'data.field.summary', value: localized('summary') },
    coded('eventType.', 'eventType', 'data.field.eventType', false, codes('eventType.')),
    { name: 'startDate', schema: date, required: true, describedBy: 'data.field.startDate', value: (item) => dayOf(item.data.startDate) },
    { name: 'endDate', schema: { type: ['string', 'null'], format: 'date' }, required: false, describedBy: 'data.field.endDate', value: (item) => dayOf(item.data.endDate) },
    { name: 'place', schema: text, required: true, describedBy: 'data.field.place', value: localized('place') },
    { name: 'participatingCountries', schema: countryCodes, required: true, describedBy: 'data.field.participatingCountries', value: (item) => countryCodesOf(item.data.participatingCountries) },
    { name: 'calendarUrl', schema: uri, required: true, describedBy: 'data.field.calendarUrl', value: (item, { locale, site }) => new URL(calendarUrl(item, locale), site).href },
    ...publicationFields,
  ]
}

export function partnerFields(codes: (prefix: string) => string[]): DataField<ExportedItem>[] {
  return [
    ...itemFields('partners', 'name'),
    { name: 'country', schema: { type: ['string', 'null'], pattern: '^[A-Z]{2}$' }, required: false, describedBy: 'data.field.partnerCountry', value: (item) => countryCode(item.data.country) ?? null },
    coded('partnerKind.', 'kind', 'data.field.partnerKind', false, codes('partnerKind.')),
    { name: 'website', schema: optionalUri, required: false, describedBy: 'data.field.website', value: (item) => (item.data.website ? String(item.data.website) : null) },
    ...publicationFields,
  ]
}

/** One row of the case statistics: how many published cases share a cooperation type, a country and a year. */
export interface CaseCount {
  cooperationType: string
  country: string
  year: number
  cases: number
}

export function caseStatisticsFields(codes: (prefix: string) => string[]): DataField<CaseCount>[] {
  return [
    { name: 'cooperationType', schema: { type: 'string', enum: codes('cooperationType.') }, required: true, describedBy: 'data.field.cooperationType', codes: 'cooperationType.', value: (row) => row.cooperationType },
    { name: 'country', schema: { type: 'string', pattern: '^[A-Z]{2}$' }, required: true, describedBy: 'data.field.statisticsCountry', value: (row) => row.country },
    { name: 'year', schema: { type: 'integer' }, required: true, describedBy: 'data.field.statisticsYear', value: (row) => row.year },
    { name: 'cases', schema: { type: 'integer', minimum: 1 }, required: true, describedBy: 'data.field.cases', value: (row) => row.cases },
  ]
}
