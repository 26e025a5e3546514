import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { editorialCollections } from '../../collectionSlugs'
import type { DashboardQuery } from '../../translation/dashboardQuery'
import { translationStatuses } from '../../translation/types'
import { translationStrings as s } from '../translation/strings'
import { collectionLabel } from './collectionLabel'

interface FiltersProps {
  query: DashboardQuery
  staff: { id: string; label: string }[]
  collections: Payload['collections']
  i18n: I18nClient
}

/** The list's filters as a plain GET form, so it works without client script and its URL can be bookmarked. */
export function Filters({ query, staff, collections, i18n }: FiltersProps) {
  const t = i18n.t
  return (
    <form method="get" className="translation-dashboard__filters" aria-label={s(t, 'dashboard.filters')}>
      <input type="hidden" name="locale" value={query.locale} />
      <label>
        {s(t, 'dashboard.type')}{' '}
        <select name="collection" defaultValue={query.collection ?? ''}>
          <option value="">{s(t, 'dashboard.allTypes')}</option>
          {editorialCollections.map((slug) => (
            <option key={slug} value={slug}>{collectionLabel(collections, slug, i18n)}</option>
          ))}
        </select>
      </label>
      <label>
        {s(t, 'dashboard.status')}{' '}
        <select name="status" defaultValue={query.status ?? ''}>
          <option value="">{s(t, 'dashboard.anyStatus')}</option>
          {translationStatuses.map((status) => (
            <option key={status} value={status}>{s(t, `status.${status}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {s(t, 'dashboard.assignee')}{' '}
        <select name="assignee" defaultValue={query.assignee === undefined ? '' : String(query.assignee)}>
          <option value="">{s(t, 'dashboard.anyone')}</option>
          <option value="none">{s(t, 'dashboard.nobody')}</option>
          {staff.map((person) => (
            <option key={person.id} value={person.id}>{person.label}</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" name="outdated" value="1" defaultChecked={Boolean(query.outdated)} /> {s(t, 'dashboard.outdatedOnly')}
      </label>
      <label>
        <input type="checkbox" name="machine" value="1" defaultChecked={Boolean(query.machineTranslated)} /> {s(t, 'dashboard.machineTranslatedOnly')}
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small">{s(t, 'dashboard.show')}</button>
    </form>
  )
}
