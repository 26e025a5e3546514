import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { languageName } from '../../i18n/languageName'
import { isLocaleCode, type LocaleCode } from '../../locales'
import type { LocaleCounts } from '../../translation/dashboard'
import { dashboardSearch, type DashboardQuery } from '../../translation/dashboardQuery'
import { translationStatuses } from '../../translation/types'
import { translationStrings as s } from '../translation/strings'
import { collectionLabel } from './collectionLabel'

interface CountsTableProps {
  counts: Record<string, LocaleCounts>
  query: DashboardQuery
  i18n: I18nClient
  collections: Payload['collections']
}

/** One row per language, one column per state; each number lists those items below. */
export function CountsTable({ counts, query, i18n, collections }: CountsTableProps) {
  const reset = { status: undefined, outdated: undefined, machineTranslated: undefined }
  return (
    <table className="translation-dashboard__counts">
      <caption>
        {query.collection
          ? s(i18n.t, 'dashboard.countsCaptionForType', { type: collectionLabel(collections, query.collection, i18n) })
          : s(i18n.t, 'dashboard.countsCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{s(i18n.t, 'dashboard.language')}</th>
          {translationStatuses.map((status) => (
            <th scope="col" key={status}>{s(i18n.t, `status.${status}`)}</th>
          ))}
          <th scope="col">{s(i18n.t, 'dashboard.outdated')}</th>
          <th scope="col">{s(i18n.t, 'dashboard.machineTranslated')}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(counts)
          .filter((entry): entry is [LocaleCode, LocaleCounts] => isLocaleCode(entry[0]))
          .map(([code, row]) => (
          <tr key={code} aria-current={code === query.locale ? 'true' : undefined}>
            <th scope="row">
              <a href={dashboardSearch(query, { ...reset, locale: code })}>{languageName(code, i18n.language)}</a>
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
