import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { isEditorialCollection } from '../collectionSlugs'
import { isLocaleCode } from '../locales'
import { isTranslationAction, performTranslationAction, type TranslationActionInput } from './actions'
import { translationCounts } from './dashboard'
import { translationOverview } from './overview'
import { sourceDiff } from './sourceDiff'
import { WorkflowRefusal } from './refusal'
import { staffMessage } from '../i18n/staffMessage'

/** The REST base of the workflow: `/api/translation-workflow/…`. */
export const translationWorkflowPath = '/translation-workflow'

const signedInOnly = (req: PayloadRequest) => {
  if (!req.user) throw new WorkflowRefusal(staffMessage(req, 'workflow.signInToSee'), 401)
}

/** `collection`, `id` and `locale` from the query string, checked. */
function itemLocaleQuery(req: PayloadRequest) {
  const { collection, id, locale } = (req.query ?? {}) as Record<string, string | undefined>
  if (!isEditorialCollection(collection) || !id || !isLocaleCode(locale)) {
    throw new WorkflowRefusal(staffMessage(req, 'workflow.badRequest'), 400)
  }
  return { collection, id, locale }
}

/**
 * The translation workflow over REST:
 * - `POST /api/translation-workflow/<action>` with JSON `{ collection, id, locale | locales, note?, assignee? }`,
 *   action one of submit, approve, reject, publish, unpublish, markCurrent, machineTranslate, assign → `{ states }`;
 * - `GET /api/translation-workflow/overview?collection=&id=&locale=` → the edit view panel's data;
 * - `GET /api/translation-workflow/diff?collection=&id=&locale=&path=` → one outdated field's source diff;
 * - `GET /api/translation-workflow/counts` → the dashboard's counts per locale.
 */
export const translationEndpoints: Endpoint[] = [
  {
    path: `${translationWorkflowPath}/overview`,
    method: 'get',
    handler: async (req) => {
      signedInOnly(req)
      return Response.json(await translationOverview(req, itemLocaleQuery(req)))
    },
  },
  {
    path: `${translationWorkflowPath}/diff`,
    method: 'get',
    handler: async (req) => {
      signedInOnly(req)
      const path = String(req.query?.path ?? '')
      const diff = await sourceDiff(req, { ...itemLocaleQuery(req), path })
      if (!diff) throw new WorkflowRefusal(staffMessage(req, 'workflow.nothingRecorded', { path }), 404)
      return Response.json(diff)
    },
  },
  {
    path: `${translationWorkflowPath}/counts`,
    method: 'get',
    handler: async (req) => {
      signedInOnly(req)
      return Response.json(await translationCounts(req, {}))
    },
  },
  {
    path: `${translationWorkflowPath}/:action`,
    method: 'post',
    handler: async (req) => {
      const action = req.routeParams?.action
      if (!isTranslationAction(action)) throw new WorkflowRefusal(staffMessage(req, 'workflow.unknownAction', { action: String(action) }), 404)
      await addDataAndFileToRequest(req)
      const states = await performTranslationAction(req, action, (req.data ?? {}) as unknown as TranslationActionInput)
      return Response.json({ states })
    },
  },
]
