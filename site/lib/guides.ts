/**
 * The hand-written guides for partners and readers, one MDX file per guide and locale in site/guides/<locale>/
 * (rendered by site/views/GuideView.astro). The open data guide is the data page itself (`/<locale>/data/`).
 */
import { type LocaleCode } from '../../cms/locales'
import { localeRoot } from './content'

export const guideNames = ['api', 'embedding', 'accessibility'] as const
export type GuideName = (typeof guideNames)[number]

export const guideUrl = (name: GuideName, locale: LocaleCode) => `${localeRoot(locale)}guides/${name}/`
export const dataPageUrl = (locale: LocaleCode) => `${localeRoot(locale)}data/`
export const feedsPageUrl = (locale: LocaleCode) => `${localeRoot(locale)}feeds/`
