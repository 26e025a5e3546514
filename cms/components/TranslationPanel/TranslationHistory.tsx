import type { TranslationOverview } from '../../translation/overview'

/** The latest workflow events of this language, newest first. */
export function TranslationHistory({ events }: { events: TranslationOverview['events'] }) {
  if (events.length === 0) return null
  return (
    <details>
      <summary>History</summary>
      <ol>
        {events.map((event, index) => (
          <li key={index}>
            {event.action.replace('-', ' ')} by {event.user ?? 'the system'},{' '}
            <time dateTime={event.createdAt}>{new Date(event.createdAt).toLocaleString()}</time>
            {event.note ? `: ${event.note}` : ''}
          </li>
        ))}
      </ol>
    </details>
  )
}
