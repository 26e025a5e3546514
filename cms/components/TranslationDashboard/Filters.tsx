import type { Payload } from 'payload'

import { editorialCollections } from '../../collectionSlugs'
import type { DashboardQuery } from '../../translation/dashboardQuery'
import { translationStatusLabels, translationStatuses } from '../../translation/types'
import { collectionLabel } from './collectionLabel'

interface FiltersProps {
  query: DashboardQuery
  staff: { id: string; label: string }[]
  collections: Payload['collections']
}

/** The list's filters as a plain GET form, so it works without client script and its URL can be bookmarked. */
export function Filters({ query, staff, collections }: FiltersProps) {
  return (
    <form method="get" className="translation-dashboard__filters" aria-label="Filter the list">
      <input type="hidden" name="locale" value={query.locale} />
      <label>
        Type{' '}
        <select name="collection" defaultValue={query.collection ?? ''}>
          <option value="">All types</option>
          {editorialCollections.map((slug) => (
            <option key={slug} value={slug}>{collectionLabel(collections, slug)}</option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select name="status" defaultValue={query.status ?? ''}>
          <option value="">Any status</option>
          {translationStatuses.map((status) => (
            <option key={status} value={status}>{translationStatusLabels[status]}</option>
          ))}
        </select>
      </label>
      <label>
        Assignee{' '}
        <select name="assignee" defaultValue={query.assignee === undefined ? '' : String(query.assignee)}>
          <option value="">Anyone</option>
          <option value="none">Nobody</option>
          {staff.map((person) => (
            <option key={person.id} value={person.id}>{person.label}</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" name="outdated" value="1" defaultChecked={Boolean(query.outdated)} /> Outdated only
      </label>
      <label>
        <input type="checkbox" name="machine" value="1" defaultChecked={Boolean(query.machineTranslated)} /> Machine translated only
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small">Show</button>
    </form>
  )
}
