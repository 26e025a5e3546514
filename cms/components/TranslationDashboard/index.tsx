import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { dashboardLocales, translationCounts, translationStates } from '../../translation/dashboard'
import { parseDashboardQuery } from '../../translation/dashboardQuery'
import { userLabels } from '../../translation/store'
import { relationId } from '../../translation/types'
import { CountsTable } from './CountsTable'
import { Filters } from './Filters'
import { ItemsTable } from './ItemsTable'
import { staffOptions } from './staffOptions'
import { translationStrings as s } from '../translation/strings'

/**
 * The translation dashboard (`/admin/translations`): counts per language of what is missing, in draft, in review,
 * approved, published, outdated or machine translated, and the items of one language filtered by type, status and
 * assignee, each linking to its edit view in that language. Plain links and a GET form: no client script needed.
 * Translators and reviewers see the languages assigned to them.
 */
export async function TranslationDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const locales = dashboardLocales(req.user)
  const query = parseDashboardQuery(searchParams as Record<string, string | string[] | undefined>, locales)
  const counts = await translationCounts(req, { collection: query.collection, assignee: query.assignee })
  const list = query.locale ? await translationStates(req, { ...query, locale: query.locale }) : null
  const assignees = await userLabels(req, list?.docs.map((state) => relationId(state.assignee)) ?? [])
  const staff = await staffOptions(req)
  const adminRoute = req.payload.config.routes.admin

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      <Gutter className="translation-dashboard">
        <h1>{s(req.i18n.t, 'dashboard.heading')}</h1>
        {locales.length === 0 ? (
          <p>{s(req.i18n.t, 'dashboard.noLanguages')}</p>
        ) : (
          <>
            <CountsTable counts={counts} query={query} i18n={req.i18n} collections={req.payload.collections} />
            <Filters query={query} staff={staff} collections={req.payload.collections} i18n={req.i18n} />
            {list && (
              <ItemsTable list={list} query={query} assignees={assignees} adminRoute={adminRoute} collections={req.payload.collections} i18n={req.i18n} />
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
