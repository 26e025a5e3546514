/**
 * Listeners told of every publish this process finishes, with where its time went (PublishResult.phases): the
 * benchmark's per-phase figures. A listener that throws is logged and never fails the publish.
 */
import type { Payload } from 'payload'

import type { PublishResult } from './publishResult'

export type PublishListener = (result: PublishResult) => void

const listeners = new Set<PublishListener>()

/** Starts listening; returns the function that stops it. */
export function onPublish(listener: PublishListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function notifyPublishListeners(payload: Payload, result: PublishResult) {
  for (const listener of listeners) {
    try {
      listener(result)
    } catch (error) {
      payload.logger.error({ msg: `A publish listener failed: ${error instanceof Error ? error.message : String(error)}` })
    }
  }
}
