import type { LocaleCode } from '../../cms/locales'
import { field, items } from './content'

export interface CountryYearCount {
  countryId: unknown
  name: string
  byYear: Map<number, number>
  total: number
}

/** How many published case highlights involve each country, by year; countries with most cases first. */
export function casesByCountryAndYear(locale: LocaleCode): { years: number[]; rows: CountryYearCount[] } {
  const rows = new Map<unknown, CountryYearCount>()
  const years = new Set<number>()
  for (const item of items('case-highlights')) {
    const year = Number(item.data.year)
    years.add(year)
    for (const countryId of (item.data.countries as unknown[]) ?? []) {
      const country = items('countries').find((candidate) => candidate.id === countryId)
      if (!country) continue
      const row = rows.get(countryId) ?? { countryId, name: field<string>(country, 'name', locale) ?? '', byYear: new Map(), total: 0 }
      row.byYear.set(year, (row.byYear.get(year) ?? 0) + 1)
      row.total++
      rows.set(countryId, row)
    }
  }
  return {
    years: [...years].sort(),
    rows: [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, locale)),
  }
}

/**
 * Published case highlights counted by cooperation type, country (ISO code) and year: a case with two cooperation
 * types and three countries counts once in each of its six combinations. Sorted by type, country and year.
 */
export function casesByCooperationCountryAndYear(): { cooperationType: string; country: string; year: number; cases: number }[] {
  const counts = new Map<string, { cooperationType: string; country: string; year: number; cases: number }>()
  const codes = new Map(items('countries').map((country) => [String(country.id), String(country.data.code).toUpperCase()]))
  for (const item of items('case-highlights')) {
    const year = Number(item.data.year)
    for (const cooperationType of (item.data.cooperationTypes as string[]) ?? []) {
      for (const countryId of (item.data.countries as unknown[]) ?? []) {
        const country = codes.get(String(countryId))
        if (!country) continue
        const key = `${cooperationType}\0${country}\0${year}`
        const row = counts.get(key) ?? { cooperationType, country, year, cases: 0 }
        row.cases++
        counts.set(key, row)
      }
    }
  }
  return [...counts.values()].sort(
    (a, b) => a.cooperationType.localeCompare(b.cooperationType) || a.country.localeCompare(b.country) || a.year - b.year,
  )
}
