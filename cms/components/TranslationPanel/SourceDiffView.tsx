import { getLocale } from '../../locales'
import type { SourceDiff } from '../../translation/sourceDiff'

/**
 * What changed in one field's source since the translation: removed words struck through, added words marked. The
 * source keeps its own language and direction inside a right-to-left admin.
 */
export function SourceDiffView({ diff }: { diff: SourceDiff }) {
  return (
    <details>
      <summary>{diff.path}</summary>
      <p lang={getLocale(diff.sourceLocale).tag} dir={getLocale(diff.sourceLocale).dir} style={{ whiteSpace: 'pre-wrap' }}>
        {diff.parts.map((part, index) =>
          part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
        )}
      </p>
    </details>
  )
}
