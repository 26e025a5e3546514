import { DocumentStatusClient } from './DocumentStatusClient'

/**
 * The editorial collections' Status slot (`admin.components.edit.Status`). A server component so that each render
 * of the edit view — including the route refresh the translation panel does after a workflow action — hands the
 * client part a new `refreshedAt`, and the translation state follows the action without a reload.
 */
export function DocumentStatus() {
  return <DocumentStatusClient refreshedAt={Date.now()} />
}
