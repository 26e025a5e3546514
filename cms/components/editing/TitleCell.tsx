'use client'

import { DefaultCell, useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useEffect, useState } from 'react'

import { defaultLocale, getLocale } from '../../locales'
import { languageName } from '../../i18n/languageName'
import { sourceTitle } from './sourceTitles'
import type { ConcordTranslationKey, ConcordTranslations } from '../translation/strings'
import { editingString as s } from './strings'
import './editing.css'

/**
 * The list view's title cell. A row with no title in the edited locale shows its source-language title, in that
 * language (`lang`) and marked with a tag naming it, instead of Payload's "<No Title>": a translator's list of
 * untranslated items stays readable. Payload's DefaultCell still draws the cell, so the link to the document (or
 * the selection in a relationship drawer) works as before; titles with a value are left to it untouched.
 */
export function TitleCell(props: DefaultCellComponentProps) {
  const { cellData, collectionSlug, field, rowData } = props
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n, t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
  const [fallback, setFallback] = useState<string | undefined>()
  const empty = cellData === undefined || cellData === null || cellData === ''
  const fieldName = 'name' in field ? field.name : undefined
  const wanted = empty && locale !== defaultLocale && Boolean(fieldName) && rowData?.id !== undefined
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  useEffect(() => {
    if (!wanted || !fieldName) return
    let current = true
    void sourceTitle({ api, collection: collectionSlug, field: fieldName, locale: defaultLocale, id: rowData.id as number | string }).then((title) => {
      if (current) setFallback(title)
    })
    return () => {
      current = false
    }
  }, [wanted, api, collectionSlug, fieldName, rowData?.id])

  if (!wanted || !fallback) return <DefaultCell {...props} />
  const source = getLocale(defaultLocale)
  const hint = s(t, 'fallbackTitleHint', { language: languageName(locale, i18n.language), source: languageName(defaultLocale, i18n.language) })
  const marked = (
    <span className="concord-fallback-title" title={hint} data-fallback-title="">
      <span lang={source.tag} dir={source.dir}>
        {fallback}
      </span>
      <span className="concord-fallback-title__tag">{languageName(defaultLocale, i18n.language)}</span>
    </span>
  )
  return <DefaultCell {...props} cellData={marked} />
}
