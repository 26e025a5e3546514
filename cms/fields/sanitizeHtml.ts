import sanitize from 'sanitize-html'

/**
 * The only HTML the public site ever renders unescaped: rich text converted by Payload, then passed through an
 * allowlist (sanitize-html, a maintained library) so a pasted `<script>`, an event handler or a `javascript:` link can
 * never reach a page.
 */
export function sanitizeRichTextHtml(html: string): string {
  return sanitize(html, {
    allowedTags: [
      'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
      'code', 'pre', 'blockquote', 'br', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span',
    ],
    allowedAttributes: { a: ['href', 'rel'], th: ['scope', 'colspan', 'rowspan'], td: ['colspan', 'rowspan'], '*': ['dir', 'lang'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowProtocolRelative: false,
    transformTags: {
      // Links to other sites never carry the reader's session or referrer context with them.
      a: (tagName, attributes) => ({
        tagName,
        attribs: /^https?:/i.test(attributes.href ?? '') ? { ...attributes, rel: 'noopener noreferrer' } : attributes,
      }),
    },
  })
}
