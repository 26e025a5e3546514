import { describe, expect, it } from 'vitest'

import { dashboardSearch, parseDashboardQuery } from '../../cms/translation/dashboardQuery'

describe('the translation dashboard query', () => {
  it('should read known filters and drop unknown values', () => {
    const query = parseDashboardQuery(
      { locale: 'zh', collection: 'articles', status: 'in_review', assignee: '7', outdated: '1', page: '2' },
      ['zh', 'ar'],
    )
    expect(query).toEqual({ locale: 'zh', collection: 'articles', status: 'in_review', assignee: '7', outdated: true, page: 2 })
    expect(parseDashboardQuery({ locale: 'xx', collection: 'users', status: 'gone', assignee: 'a b', page: '-3' }, ['ar'])).toEqual({
      locale: 'ar',
      page: 1,
    })
  })

  it('should keep a user to the languages they work on', () => {
    expect(parseDashboardQuery({ locale: 'fr' }, ['zh']).locale).toBe('zh')
  })

  it('should write filters back into a query string, starting again at page one', () => {
    const query = parseDashboardQuery({ locale: 'zh', status: 'draft', page: '3' }, ['zh'])
    expect(dashboardSearch(query, { status: 'approved' })).toBe('?locale=zh&status=approved')
    expect(dashboardSearch(query, { page: 4 })).toBe('?locale=zh&status=draft&page=4')
    expect(dashboardSearch(query, { status: undefined, machineTranslated: true })).toBe('?locale=zh&machine=1')
  })
})
