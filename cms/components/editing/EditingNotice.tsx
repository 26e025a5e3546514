'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { EditingLock } from '../../editing/editingLockEndpoint'
import type { ConcordTranslationKey, ConcordTranslations } from '../translation/strings'
import { editingString as s } from './strings'

/** While someone else holds the lock, check again this often, so the notice goes when their lock does. */
const recheckMs = 15_000

/** "Since 10:42", or with the date when the lock is from another day. */
function formatSince(iso: string, language: string): string {
  const since = new Date(iso)
  const sameDay = since.toDateString() === new Date().toDateString()
  return new Intl.DateTimeFormat(language, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(since)
}

/**
 * "Edith Editor is editing this document (since 10:42)": shown while another user holds the document's edit lock,
 * with their name (Payload's own dialog shows an e-mail, or only an id to users who may not read accounts) and
 * when the lock ends. Asks `GET /api/<collection>/:id/editing` when the view opens and whenever Payload's lock
 * state changes.
 */
export function EditingNotice({ refreshedAt }: { refreshedAt: number }) {
  const { id, collectionSlug, documentIsLocked, currentEditor } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n, t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
  const [lock, setLock] = useState<EditingLock | null>(null)
  const [checkedAt, setCheckedAt] = useState(0)
  const url = id && collectionSlug ? `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/editing` : ''
  const editorId = typeof currentEditor === 'object' && currentEditor ? currentEditor.id : currentEditor

  useEffect(() => {
    if (!url) return
    let current = true
    void fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<EditingLock>) : null))
      .catch(() => null)
      .then((loaded) => {
        if (current) setLock(loaded)
      })
    return () => {
      current = false
    }
  }, [url, documentIsLocked, editorId, refreshedAt, checkedAt])

  const held = Boolean(lock?.editor && lock.since)
  useEffect(() => {
    if (!held) return
    const timer = setTimeout(() => setCheckedAt(Date.now()), recheckMs)
    return () => clearTimeout(timer)
  }, [held, lock])

  if (!lock?.editor || !lock.since) return null
  return (
    <div className="concord-editing-notice" role="status" data-editing-user={lock.editor.name}>
      <strong>{s(t, 'editingBy', { name: lock.editor.name, time: formatSince(lock.since, i18n.language) })}</strong>{' '}
      <span>{s(t, 'editingByHint', { seconds: lock.lockSeconds })}</span>
    </div>
  )
}
