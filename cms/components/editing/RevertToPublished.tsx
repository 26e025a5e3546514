'use client'

import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useForm, useLocale, useModal, useTranslation } from '@payloadcms/ui'

/**
 * Payload's "Revert to published" action, for editors and admins. Payload does not export its Status element, whose
 * action this is, so replacing the Status slot means carrying the action here: it saves the published values of the
 * locale over the working copy (as Payload's does), after a confirmation with Payload's own wording.
 */
export function RevertToPublished() {
  const { id, collectionSlug, incrementVersionCount, setMostRecentVersionIsAutosaved, setUnpublishedVersionCount } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { reset } = useForm()
  const { toggleModal } = useModal()
  const { i18n, t } = useTranslation()
  const modalSlug = `concord-revert-${id}`
  const url = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}?locale=${locale}&fallback-locale=null&depth=0`

  const revert = async () => {
    const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' }
    const published = await fetch(url, { credentials: 'include', headers }).then((response) => response.json())
    const response = await fetch(url, { method: 'PATCH', credentials: 'include', headers, body: JSON.stringify(published) })
    const json = (await response.json().catch(() => ({}))) as { doc?: Record<string, unknown>; message?: string; errors?: { message: string }[] }
    if (!response.ok || !json.doc) {
      toast.error(json.errors?.[0]?.message ?? t('error:revertingDocument'))
      return
    }
    await reset(json.doc)
    toast.success(json.message ?? '')
    incrementVersionCount()
    setMostRecentVersionIsAutosaved(false)
    setUnpublishedVersionCount(0)
  }

  return (
    <>
      {' — '}
      <Button buttonStyle="none" className="status__action" id="action-revert-to-published" onClick={() => toggleModal(modalSlug)}>
        {t('version:revertToPublished')}
      </Button>
      <ConfirmationModal
        body={t('version:aboutToRevertToPublished')}
        confirmingLabel={t('version:reverting')}
        heading={t('version:confirmRevertToSaved')}
        modalSlug={modalSlug}
        onConfirm={revert}
      />
    </>
  )
}
