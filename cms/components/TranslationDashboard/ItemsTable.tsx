import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { languageName } from '../../i18n/languageName'
import { dashboardSearch, type DashboardQuery } from '../../translation/dashboardQuery'
import { relationId, type TranslationState } from '../../translation/types'
import { translationStrings as s } from '../translation/strings'
import { collectionLabel } from './collectionLabel'

interface ItemsTableProps {
  list: { docs: TranslationState[]; totalDocs: number; page: number; totalPages: number }
  query: DashboardQuery
  assignees: Map<string, string>
  adminRoute: string
  collections: Payload['collections']
  i18n: I18nClient
}

/** The items of the chosen language, each linking to its edit view in that language. */
export function ItemsTable({ list, query, assignees, adminRoute, collections, i18n }: ItemsTableProps) {
  const t = i18n.t
  const language = query.locale ? languageName(query.locale, i18n.language) : ''
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const editUrl = (state: TranslationState) =>
    `${formatAdminURL({ adminRoute, path: `/collections/${state.collection}/${state.documentId}` })}?locale=${state.locale}`
  return (
    <section aria-labelledby="translation-dashboard-items">
      <h2 id="translation-dashboard-items">{s(t, 'dashboard.itemsHeading', { language, count: String(list.totalDocs) })}</h2>
      {list.docs.length === 0 ? (
        <p>{s(t, 'dashboard.nothingMatches')}</p>
      ) : (
        <table className="translation-dashboard__items">
          <thead>
            <tr>
              <th scope="col">{s(t, 'dashboard.item')}</th>
              <th scope="col">{s(t, 'dashboard.type')}</th>
              <th scope="col">{s(t, 'dashboard.status')}</th>
              <th scope="col">{s(t, 'dashboard.outdatedFields')}</th>
              <th scope="col">{s(t, 'dashboard.assignee')}</th>
              <th scope="col">{s(t, 'dashboard.lastChange')}</th>
            </tr>
          </thead>
          <tbody>
            {list.docs.map((state) => (
              <tr key={String(state.id)}>
                <td>
                  {/* The title may be the translation's or, while it is missing, the source's: its direction follows its text. */}
                  <a href={editUrl(state)} dir="auto">
                    {state.title || s(t, 'dashboard.untitled', { type: collectionLabel(collections, state.collection, i18n), id: state.documentId })}
                  </a>
                </td>
                <td>{collectionLabel(collections, state.collection, i18n)}</td>
                <td>
                  {/* A middle dot separates the notes: no language's own comma or conjunction needed. */}
                  {[
                    s(t, `status.${state.status}`),
                    state.changedSincePublish ? s(t, 'dashboard.changedSincePublished') : '',
                    state.machineTranslated ? s(t, 'dashboard.machineTranslatedNote') : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>{(state.outdatedFields ?? []).join(', ') || '—'}</td>
                <td>{assignees.get(String(relationId(state.assignee))) ?? '—'}</td>
                <td>{state.updatedAt ? <time dateTime={state.updatedAt}>{dateTime.format(new Date(state.updatedAt))}</time> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.totalPages > 1 && (
        <nav aria-label={s(t, 'dashboard.pages')} className="translation-dashboard__pages">
          {list.page > 1 && <a href={dashboardSearch(query, { page: list.page - 1 })}>{s(t, 'dashboard.previous')}</a>}{' '}
          <span>{s(t, 'dashboard.pageOf', { page: String(list.page), pages: String(list.totalPages) })}</span>{' '}
          {list.page < list.totalPages && <a href={dashboardSearch(query, { page: list.page + 1 })}>{s(t, 'dashboard.next')}</a>}
        </nav>
      )}
    </section>
  )
}
