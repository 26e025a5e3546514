'use client'

import { useDocumentInfo, useDocumentTitle, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { defaultLocale } from '../../locales'
import { useSourceValues } from '../translation/useSourceValues'
import { languageName } from '../../i18n/languageName'
import type { ConcordTranslationKey, ConcordTranslations } from '../translation/strings'
import { editingString as s } from './strings'

/**
 * Titles a document with no title in the locale being edited by its source-language title, marked with the
 * language ("Partner offices open a desk (English)"), in the header and breadcrumbs, instead of Payload's numeric id.
 * Payload's title provider derives the title from the saved data and resets it when that changes, so this follows
 * the title and the data and sets the marked one again, after the provider, while the locale still has none.
 */
export function useFallbackDocumentTitle() {
  const { id, data, docConfig } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const { i18n, t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
  const source = useSourceValues()
  const useAsTitle = (docConfig?.admin as { useAsTitle?: string } | undefined)?.useAsTitle
  const own = useAsTitle ? (data as Record<string, unknown> | undefined)?.[useAsTitle] : undefined
  const sourceTitle = source.status === 'ready' && useAsTitle ? source.values.fields[useAsTitle]?.text : undefined
  const marked = sourceTitle ? s(t, 'fallbackTitle', { title: sourceTitle, language: languageName(defaultLocale, i18n.language) }) : ''

  useEffect(() => {
    if (!id || own || !marked || title === marked) return
    // After the provider's own effect of the same render, which would otherwise set the id back over it.
    const timer = setTimeout(() => setDocumentTitle(marked), 0)
    return () => clearTimeout(timer)
  }, [id, own, marked, title, data, setDocumentTitle])
}
