'use client'

import { useAuth, useConfig, useLocale, useSelection, useTranslation } from '@payloadcms/ui'
import { useId, useState, type FormEvent } from 'react'

import { defaultLocale, locales } from '../../locales'
import type { User } from '../../payload-types'
import { translationStrings as s, type ConcordTranslationKey, type ConcordTranslations } from './strings'
import './translationExchange.css'

interface Problem {
  document?: string
  unit?: string
  segment?: string
  reason: string
}

type Outcome = { ok: true; count: number } | { ok: false; problems: Problem[] } | undefined

/**
 * Above a collection's list: download the selected items (or everything still to translate) as XLIFF for an
 * agency, and upload the returned file, which is imported as drafts or refused with a list of problems.
 */
export function TranslationExchange({ collectionSlug }: { collectionSlug: string }) {
  const { t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
  const { user } = useAuth<User>()
  const { code: currentLocale } = useLocale()
  const { selectedIDs } = useSelection()
  const {
    config: { serverURL, routes },
  } = useConfig()
  const targets = locales.filter(
    (locale) =>
      locale.code !== defaultLocale &&
      (user?.role === 'admin' || user?.role === 'editor' || (user?.assignedLocales ?? []).includes(locale.code)),
  )
  const [target, setTarget] = useState(targets.some((locale) => locale.code === currentLocale) ? currentLocale : targets[0]?.code)
  const [version, setVersion] = useState('2.0')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  const id = useId()
  if (!user || targets.length === 0 || !target) return null

  const api = `${serverURL ?? ''}${routes.api}/translation-exchange`
  const exportUrl = (ids?: (number | string)[]) =>
    `${api}/export?${new URLSearchParams({ collection: collectionSlug, locale: target, version, ...(ids ? { ids: ids.join(',') } : {}) })}`

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    if (!(file instanceof File) || file.size === 0) return
    setBusy(true)
    setOutcome(undefined)
    try {
      const body = new FormData()
      body.set('file', file)
      const response = await fetch(`${api}/import?locale=${target}`, { method: 'POST', body, credentials: 'include' })
      const report = (await response.json()) as { ok?: boolean; documents?: unknown[]; problems?: Problem[]; error?: string }
      setOutcome(
        report.ok
          ? { ok: true, count: report.documents?.length ?? 0 }
          : { ok: false, problems: report.problems ?? [{ reason: report.error ?? response.statusText }] },
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="concord-exchange">
      <summary>{s(t, 'exchange.heading')}</summary>
      <div className="concord-exchange__row">
        <label htmlFor={`${id}-target`}>{s(t, 'exchange.targetLanguage')}</label>
        <select id={`${id}-target`} value={target} onChange={(event) => setTarget(event.target.value)}>
          {targets.map((locale) => (
            <option key={locale.code} value={locale.code} lang={locale.tag}>
              {locale.label} ({locale.code})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-version`}>{s(t, 'exchange.xliffVersion')}</label>
        <select id={`${id}-version`} value={version} onChange={(event) => setVersion(event.target.value)}>
          <option value="2.0">2.0</option>
          <option value="1.2">1.2</option>
        </select>
      </div>
      <div className="concord-exchange__row">
        {selectedIDs.length > 0 && (
          <a className="concord-exchange__button" href={exportUrl(selectedIDs)} download>
            {s(t, 'exchange.downloadSelected')} ({selectedIDs.length})
          </a>
        )}
        <a className="concord-exchange__button" href={exportUrl()} download>
          {s(t, 'exchange.downloadPending')}
        </a>
      </div>
      <form className="concord-exchange__row" onSubmit={upload}>
        <label htmlFor={`${id}-file`}>{s(t, 'exchange.uploadFile')}</label>
        <input id={`${id}-file`} name="file" type="file" accept=".xlf,.xliff,.xml,application/xliff+xml" required />
        <button type="submit" className="concord-exchange__button" disabled={busy}>
          {busy ? s(t, 'exchange.importing') : s(t, 'exchange.importFile')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {outcome?.ok && <p className="concord-exchange__ok">{s(t, 'exchange.imported', { count: outcome.count })}</p>}
        {outcome && !outcome.ok && (
          <div className="concord-exchange__problems">
            <p>{s(t, 'exchange.nothingImported')}</p>
            <ul>
              {outcome.problems.map((problem, index) => (
                <li key={index}>
                  {[problem.document, problem.unit, problem.segment].filter(Boolean).join(' › ')}
                  {problem.document || problem.unit ? ': ' : ''}
                  {problem.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </details>
  )
}
