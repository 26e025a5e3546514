'use client'

import { Button, useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'

import type { TranslationAction } from '../../access/translationWorkflow'
import { getLocale, isLocaleCode } from '../../locales'
import type { TranslationOverview } from '../../translation/overview'
import { translationStatusLabels } from '../../translation/types'
import { SourceDiffView } from './SourceDiffView'
import { TranslationHistory } from './TranslationHistory'

const actionLabels: Record<TranslationAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Reject',
  publish: 'Publish this language',
  unpublish: 'Unpublish this language',
  markCurrent: 'Mark as current',
  machineTranslate: 'Machine translate empty fields',
  assign: 'Assign',
}

/**
 * The edit view's translation panel for the locale being edited: its status, who published it, the reviewer's note,
 * the outdated fields with what changed in the source, the workflow actions this user may take now, and the latest
 * events. Actions go to `/api/translation-workflow/<action>`; the server decides and explains refusals.
 */
export function TranslationPanel() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const router = useRouter()
  const headingId = useId()
  const noteId = useId()
  const [overview, setOverview] = useState<TranslationOverview | null>(null)
  const [note, setNote] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const base = `${config.serverURL ?? ''}${config.routes.api}/translation-workflow`

  const load = useCallback(async () => {
    if (!id || !collectionSlug || !isLocaleCode(locale)) return
    const query = new URLSearchParams({ collection: collectionSlug, id: String(id), locale })
    const response = await fetch(`${base}/overview?${query}`, { credentials: 'include' })
    if (response.ok) setOverview((await response.json()) as TranslationOverview)
  }, [base, collectionSlug, id, locale])

  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  if (!id || !isLocaleCode(locale)) return null
  const language = getLocale(locale).englishLabel

  const run = async (action: TranslationAction) => {
    setBusy(true)
    setMessage('')
    try {
      const response = await fetch(`${base}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ collection: collectionSlug, id, locale, note: note || undefined }),
      })
      const body = (await response.json()) as { errors?: { message: string }[] }
      if (!response.ok) {
        setMessage(body.errors?.map((error) => error.message).join(' ') || `The action failed (${response.status}).`)
        return
      }
      setNote('')
      setMessage(`${actionLabels[action]}: done.`)
      await load()
      // The document form shows Payload's own status and fields: reload them after a workflow change.
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="translation-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>Translation: {language}</h3>
      {!overview ? (
        <p>Loading…</p>
      ) : (
        <>
          <p>
            Status: <strong>{translationStatusLabels[overview.state.status]}</strong>
            {overview.state.changedSincePublish ? ' (changed since published)' : ''}
          </p>
          {overview.state.machineTranslated && <p>Machine translated: a reviewer must approve it before it is published.</p>}
          {overview.published && (
            <p>
              Live since <time dateTime={overview.published.publishedAt}>{new Date(overview.published.publishedAt).toLocaleString()}</time>
              {overview.published.publishedBy ? `, published by ${overview.published.publishedBy}` : ''}.
            </p>
          )}
          {overview.assignee && <p>Assigned to {overview.assignee}.</p>}
          {overview.state.note && <p>Reviewer’s note: {overview.state.note}</p>}
          {overview.outdated.length > 0 && (
            <div>
              <p>
                <strong>Outdated:</strong> the source changed in {overview.outdated.length}{' '}
                {overview.outdated.length === 1 ? 'field' : 'fields'} since this translation.
              </p>
              {overview.outdated.map((diff) => (
                <SourceDiffView key={diff.path} diff={diff} />
              ))}
            </div>
          )}
          {overview.actions.length > 0 && (
            <>
              <label htmlFor={noteId}>Note (required to reject)</label>
              <textarea id={noteId} rows={2} value={note} onChange={(event) => setNote(event.target.value)} style={{ inlineSize: '100%' }} />
              <div className="translation-panel__actions">
                {overview.actions.map((action) => (
                  <Button key={action} buttonStyle={action === 'publish' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => void run(action)}>
                    {actionLabels[action]}
                  </Button>
                ))}
              </div>
            </>
          )}
          <TranslationHistory events={overview.events} />
        </>
      )}
      <p role="status" aria-live="polite">{message}</p>
    </section>
  )
}
