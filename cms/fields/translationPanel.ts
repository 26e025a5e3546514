import type { UIField } from 'payload'

import { adminLabel } from '../i18n/adminLabel'

/** The edit view's translation panel (status, outdated fields with diffs, workflow buttons, history), in the sidebar. */
export const translationPanelField: UIField = {
  name: 'translationWorkflow',
  label: adminLabel('field.translationWorkflow'),
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/TranslationPanel#TranslationPanel' } },
}
