'use client'

import { getTranslation } from '@payloadcms/translations'
import { ConfirmationModal, useField, useForm, useModal, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useId } from 'react'

import { languageName } from '../../i18n/languageName'
import { hasText } from '../../translation/plainText'
import { translationStrings as s, type ConcordTranslationKey, type ConcordTranslations } from './strings'
import { useSourceValues } from './useSourceValues'
import './sourcePanel.css'

interface SourcePanelProps {
  path: string
  field: ClientField
}

/**
 * Shown before every localized field while a translation is edited: the source language's value, read-only,
 * beside the editable field (CSS grid; stacked on narrow screens), and a button that copies it into the field
 * as a starting point — asking first when the field already holds a translation.
 */
export function SourcePanel({ path: pathFromProps, field }: SourcePanelProps) {
  const source = useSourceValues()
  const { i18n, t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
  const { path, value } = useField<unknown>({ potentiallyStalePath: pathFromProps })
  const { dispatchFields, setModified } = useForm()
  const { openModal } = useModal()
  const headingId = useId()
  const modalSlug = `concord-copy-${path}`

  if (source.status === 'hidden') return null
  const label = getTranslation(('label' in field && field.label) || ('name' in field ? field.name : path), i18n)
  const sourceField = source.status === 'ready' ? source.values.fields[path] : undefined
  const language = source.status === 'ready' ? source.values.locale : undefined
  const heading = s(t, 'sideBySide.sourceRegion', { language: language ? languageName(language.code, i18n.language) : '' })

  const copy = () => {
    if (!sourceField) return
    const copied = structuredClone(sourceField.value)
    // Rich text: a new initial value makes the Lexical editor re-mount with the copied document.
    dispatchFields({ type: 'UPDATE', path, value: copied, ...(sourceField.kind === 'richText' ? { initialValue: copied } : {}) })
    setModified(true)
  }
  const onCopy = () => (hasText(value) ? openModal(modalSlug) : copy())

  return (
    <section className="concord-source" aria-labelledby={headingId}>
      <div className="concord-source__bar">
        <span className="concord-source__heading" id={headingId}>
          {heading}
        </span>
        {sourceField && (
          <button type="button" className="concord-source__copy" onClick={onCopy} aria-describedby={headingId}>
            {s(t, 'sideBySide.copyFromSource')}
          </button>
        )}
      </div>
      {source.status === 'loading' && <p className="concord-source__note">{s(t, 'sideBySide.loadingSource')}</p>}
      {source.status === 'failed' && <p className="concord-source__note">{s(t, 'sideBySide.sourceUnavailable')}</p>}
      {source.status === 'ready' && !sourceField && <p className="concord-source__note">{s(t, 'sideBySide.emptySource')}</p>}
      {sourceField && language && (
        <div className="concord-source__value" lang={language.tag} dir={language.dir}>
          {sourceField.kind === 'richText' ? (
            // Sanitized on the server by the same allowlist as the public site.
            <div className="concord-source__richtext" dangerouslySetInnerHTML={{ __html: sourceField.html ?? '' }} />
          ) : (
            <p className="concord-source__text">{sourceField.text}</p>
          )}
        </div>
      )}
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={s(t, 'sideBySide.replaceHeading')}
        body={s(t, 'sideBySide.replaceBody', { field: label, language: language ? languageName(language.code, i18n.language) : '' })}
        confirmLabel={s(t, 'sideBySide.replace')}
        cancelLabel={s(t, 'sideBySide.cancel')}
        onConfirm={copy}
      />
    </section>
  )
}
