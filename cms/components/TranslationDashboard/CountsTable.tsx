import { getLocale, isLocaleCode, type LocaleCode } from '../../locales'
import type { LocaleCounts } from '../../translation/dashboard'
import { dashboardSearch, type DashboardQuery } from '../../translation/dashboardQuery'
import { translationStatusLabels, translationStatuses } from '../../translation/types'

/** One row per language, one column per state; each number lists those items below. */
export function CountsTable({ counts, query }: { counts: Record<string, LocaleCounts>; query: DashboardQuery }) {
  const reset = { status: undefined, outdated: undefined, machineTranslated: undefined }
  return (
    <table className="translation-dashboard__counts">
      <caption>Items per language and translation state{query.collection ? ` (${query.collection})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Language</th>
          {translationStatuses.map((status) => (
            <th scope="col" key={status}>{translationStatusLabels[status]}</th>
          ))}
          <th scope="col">Outdated</th>
          <th scope="col">Machine translated</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(counts)
          .filter((entry): entry is [LocaleCode, LocaleCounts] => isLocaleCode(entry[0]))
          .map(([code, row]) => (
          <tr key={code} aria-current={code === query.locale ? 'true' : undefined}>
            <th scope="row">
              <a href={dashboardSearch(query, { ...reset, locale: code })}>{getLocale(code).englishLabel}</a>
            </th>
            {translationStatuses.map((status) => (
              <td key={status}>
                <a href={dashboardSearch(query, { ...reset, locale: code, status })}>{row[status]}</a>
              </td>
            ))}
            <td>
              <a href={dashboardSearch(query, { ...reset, locale: code, outdated: true })}>{row.outdated}</a>
            </td>
            <td>
              <a href={dashboardSearch(query, { ...reset, locale: code, machineTranslated: true })}>{row.machineTranslated}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
