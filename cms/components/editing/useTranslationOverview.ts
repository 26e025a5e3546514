'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { isLocaleCode } from '../../locales'
import type { TranslationOverview } from '../../translation/overview'

/**
 * The translation state of the document in the locale being edited, from the same endpoint as the translation
 * panel (`/api/translation-workflow/overview`), reloaded after each save and whenever `refreshedAt` changes
 * (the panel refreshes the route after a workflow action).
 */
export function useTranslationOverview(refreshedAt: number): TranslationOverview | null {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const [overview, setOverview] = useState<TranslationOverview | null>(null)
  const base = `${config.serverURL ?? ''}${config.routes.api}/translation-workflow/overview`

  useEffect(() => {
    if (!id || !collectionSlug || !isLocaleCode(locale)) {
      setOverview(null)
      return
    }
    let current = true
    const query = new URLSearchParams({ collection: collectionSlug, id: String(id), locale })
    void fetch(`${base}?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<TranslationOverview>) : null))
      .catch(() => null)
      .then((loaded) => {
        if (current) setOverview(loaded)
      })
    return () => {
      current = false
    }
  }, [base, collectionSlug, id, locale, lastUpdateTime, refreshedAt])

  return overview
}
