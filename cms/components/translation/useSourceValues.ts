'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { defaultLocale } from '../../locales'
import type { SourceValues } from '../../translation/sidebyside/sourceValues'

/** One request per document for all its fields; kept briefly so the panels of one form share it. */
const cache = new Map<string, { at: number; values: Promise<SourceValues | null> }>()
const keepFor = 15_000

function load(url: string): Promise<SourceValues | null> {
  const cached = cache.get(url)
  if (cached && Date.now() - cached.at < keepFor) return cached.values
  const values = fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? (response.json() as Promise<SourceValues>) : null))
    .catch(() => null)
  cache.set(url, { at: Date.now(), values })
  return values
}

export type SourceState =
  | { status: 'hidden' }
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; values: SourceValues }

/**
 * The source-language values of the document being edited, or `hidden` while editing the source language itself
 * or a document not saved yet.
 */
export function useSourceValues(): SourceState {
  const { id, collectionSlug } = useDocumentInfo()
  const { code } = useLocale()
  const {
    config: { serverURL, routes },
  } = useConfig()
  const hidden = !id || !collectionSlug || code === defaultLocale
  const url = hidden ? '' : `${serverURL ?? ''}${routes.api}/${collectionSlug}/${id}/source?locale=${defaultLocale}`
  const [state, setState] = useState<SourceState>({ status: hidden ? 'hidden' : 'loading' })

  useEffect(() => {
    if (!url) {
      setState({ status: 'hidden' })
      return
    }
    let current = true
    setState({ status: 'loading' })
    void load(url).then((values) => {
      if (current) setState(values ? { status: 'ready', values } : { status: 'failed' })
    })
    return () => {
      current = false
    }
  }, [url])

  return state
}
