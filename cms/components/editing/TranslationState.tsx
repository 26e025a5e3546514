'use client'

import { useLocale, useTranslation } from '@payloadcms/ui'

import { defaultLocale } from '../../locales'
import { languageName } from '../../i18n/languageName'
import type { TranslationOverview } from '../../translation/overview'
import { translationStrings as concord, type ConcordTranslationKey, type ConcordTranslations } from '../translation/strings'
import { editingString as s } from './strings'

/**
 * "Chinese translation: In review · Outdated": the edited locale's own state, as the translation panel computes it,
 * in the same words as the panel and the dashboard (their `status.*` and `dashboard.*` strings).
 */
export function TranslationState({ overview }: { overview: TranslationOverview | null }) {
  const { code: locale } = useLocale()
  const { i18n, t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
  if (!overview) return null
  const { state } = overview
  const text = [
    concord(t, `status.${state.status}`),
    state.changedSincePublish ? concord(t, 'dashboard.changedSincePublished') : '',
    state.outdated ? concord(t, 'dashboard.outdated') : '',
  ]
    .filter(Boolean)
    .join(' · ')
  const language = languageName(locale, i18n.language)
  const line = s(t, locale === defaultLocale ? 'sourceState' : 'translationState', { language, state: text })
  return (
    <span className="concord-status__translation" data-translation-status={state.status} title={s(t, 'translationStateHint')}>
      {line}
    </span>
  )
}
