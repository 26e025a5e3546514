'use client'

import { toast, useForm, useTranslation } from '@payloadcms/ui'

import { hasText } from '../../translation/plainText'
import { translationStrings as s, type ConcordTranslationKey, type ConcordTranslations } from './strings'
import { useSourceValues } from './useSourceValues'

/**
 * Beside Save while a translation is edited: fills every still-empty localized field with its source value as a
 * starting point. Fields that already hold a translation are never touched here (each field's own button asks).
 */
export function CopyAllFromSource() {
  const source = useSourceValues()
  const { t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
  const { getFields, dispatchFields, setModified } = useForm()
  if (source.status !== 'ready') return null

  const copyAll = () => {
    const form = getFields()
    let count = 0
    for (const [path, sourceField] of Object.entries(source.values.fields)) {
      if (!(path in form) || hasText(form[path]?.value)) continue
      const copied = structuredClone(sourceField.value)
      dispatchFields({ type: 'UPDATE', path, value: copied, ...(sourceField.kind === 'richText' ? { initialValue: copied } : {}) })
      count++
    }
    if (count > 0) setModified(true)
    toast.success(s(t, 'sideBySide.copiedCount', { count }))
  }

  return (
    <button type="button" className="concord-source__copy" onClick={copyAll}>
      {s(t, 'sideBySide.copyAllFromSource')}
    </button>
  )
}
