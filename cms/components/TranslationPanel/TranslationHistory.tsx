import type { TFunction } from '@payloadcms/translations'

import type { TranslationOverview } from '../../translation/overview'
import { translationStrings as s, type ConcordTranslationKey } from '../translation/strings'

/** The latest workflow events of this language, newest first. */
export function TranslationHistory({
  events,
  language,
  t,
}: {
  events: TranslationOverview['events']
  language: string
  t: TFunction<ConcordTranslationKey>
}) {
  if (events.length === 0) return null
  return (
    <details>
      <summary>{s(t, 'panel.history')}</summary>
      <ol>
        {events.map((event, index) => {
          const values = {
            action: s(t, `event.${event.action}`),
            user: event.user ?? s(t, 'panel.theSystem'),
            time: new Date(event.createdAt).toLocaleString(language),
            note: event.note ?? '',
          }
          return <li key={index}>{s(t, event.note ? 'panel.historyEntryWithNote' : 'panel.historyEntry', values)}</li>
        })}
      </ol>
    </details>
  )
}
