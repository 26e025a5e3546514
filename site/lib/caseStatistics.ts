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
