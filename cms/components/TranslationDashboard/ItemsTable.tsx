import type { Payload } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { getLocale } from '../../locales'
import { dashboardSearch, type DashboardQuery } from '../../translation/dashboardQuery'
import { relationId, translationStatusLabels, type TranslationState } from '../../translation/types'
import { collectionLabel } from './collectionLabel'

interface ItemsTableProps {
  list: { docs: TranslationState[]; totalDocs: number; page: number; totalPages: number }
  query: DashboardQuery
  assignees: Map<string, string>
  adminRoute: string
  collections: Payload['collections']
}

/** The items of the chosen language, each linking to its edit view in that language. */
export function ItemsTable({ list, query, assignees, adminRoute, collections }: ItemsTableProps) {
  const language = getLocale(query.locale).englishLabel
  const editUrl = (state: TranslationState) =>
    `${formatAdminURL({ adminRoute, path: `/collections/${state.collection}/${state.documentId}` })}?locale=${state.locale}`
  return (
    <section aria-labelledby="translation-dashboard-items">
      <h2 id="translation-dashboard-items">
        {language}: {list.totalDocs} {list.totalDocs === 1 ? 'item' : 'items'}
      </h2>
      {list.docs.length === 0 ? (
        <p>Nothing matches these filters.</p>
      ) : (
        <table className="translation-dashboard__items">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Outdated fields</th>
              <th scope="col">Assignee</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {list.docs.map((state) => (
              <tr key={String(state.id)}>
                <td>
                  <a href={editUrl(state)}>{state.title || `${state.collection} ${state.documentId}`}</a>
                </td>
                <td>{collectionLabel(collections, state.collection)}</td>
                <td>
                  {translationStatusLabels[state.status]}
                  {state.changedSincePublish ? ', changed since published' : ''}
                  {state.machineTranslated ? ', machine translated' : ''}
                </td>
                <td>{(state.outdatedFields ?? []).join(', ') || '—'}</td>
                <td>{assignees.get(String(relationId(state.assignee))) ?? '—'}</td>
                <td>{state.updatedAt ? <time dateTime={state.updatedAt}>{state.updatedAt.slice(0, 16).replace('T', ' ')}</time> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.totalPages > 1 && (
        <nav aria-label="Pages" className="translation-dashboard__pages">
          {list.page > 1 && <a href={dashboardSearch(query, { page: list.page - 1 })}>Previous</a>}{' '}
          <span>
            Page {list.page} of {list.totalPages}
          </span>{' '}
          {list.page < list.totalPages && <a href={dashboardSearch(query, { page: list.page + 1 })}>Next</a>}
        </nav>
      )}
    </section>
  )
}
