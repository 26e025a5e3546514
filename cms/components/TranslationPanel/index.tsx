'use client'

import { Button, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'

import type { TranslationAction } from '../../access/translationWorkflow'
import { languageName } from '../../i18n/languageName'
import { isLocaleCode } from '../../locales'
import type { TranslationOverview } from '../../translation/overview'
import { translationStrings as s, type ConcordTranslationKey, type ConcordTranslations } from '../translation/strings'
import { SourceDiffView } from './SourceDiffView'
import { TranslationHistory } from './TranslationHistory'

/**
 * The edit view's translation panel for the locale being edited: its status, who published it, the reviewer's note,
 * the outdated fields with what changed in the source, the workflow actions this user may take now, and the latest
 * events. Actions go to `/api/translation-workflow/<action>`; the server decides and explains refusals.
 */
export function TranslationPanel() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n, t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
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
  const language = languageName(locale, i18n.language)
  const dateTime = (iso: string) => new Date(iso).toLocaleString(i18n.language)

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
        setMessage(body.errors?.map((error) => error.message).join(' ') || s(t, 'panel.actionFailed', { status: response.status }))
        return
      }
      setNote('')
      setMessage(s(t, 'panel.actionDone', { action: s(t, `action.${action}`) }))
      await load()
      // The document form shows Payload's own status and fields: reload them after a workflow change.
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="translation-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{s(t, 'panel.heading', { language })}</h3>
      {!overview ? (
        <p>{s(t, 'panel.loading')}</p>
      ) : (
        <>
          <p>
            {s(t, 'panel.statusLabel')} <strong>{s(t, `status.${overview.state.status}`)}</strong>
            {overview.state.changedSincePublish ? ` ${s(t, 'panel.changedSincePublished')}` : ''}
          </p>
          {overview.state.machineTranslated && <p>{s(t, 'panel.machineTranslated')}</p>}
          {overview.published && (
            <p>
              {overview.published.publishedBy
                ? s(t, 'panel.liveSinceBy', { time: dateTime(overview.published.publishedAt), name: overview.published.publishedBy })
                : s(t, 'panel.liveSince', { time: dateTime(overview.published.publishedAt) })}
            </p>
          )}
          {overview.assignee && <p>{s(t, 'panel.assignedTo', { name: overview.assignee })}</p>}
          {overview.state.note && <p>{s(t, 'panel.reviewerNote', { note: overview.state.note })}</p>}
          {overview.outdated.length > 0 && (
            <div>
              <p>
                <strong>{s(t, 'panel.outdatedLabel')}</strong> {s(t, 'panel.outdatedCount', { count: String(overview.outdated.length) })}
              </p>
              {overview.outdated.map((diff) => (
                <SourceDiffView key={diff.path} diff={diff} />
              ))}
            </div>
          )}
          {overview.actions.length > 0 && (
            <>
              <label htmlFor={noteId}>{s(t, 'panel.noteLabel')}</label>
              <textarea id={noteId} rows={2} value={note} onChange={(event) => setNote(event.target.value)} style={{ inlineSize: '100%' }} />
              <div className="translation-panel__actions">
                {overview.actions.map((action) => (
                  <Button key={action} buttonStyle={action === 'publish' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => void run(action)}>
                    {s(t, `action.${action}`)}
                  </Button>
                ))}
              </div>
            </>
          )}
          <TranslationHistory events={overview.events} language={i18n.language} t={t} />
        </>
      )}
      <p role="status" aria-live="polite">{message}</p>
    </section>
  )
}
