/**
 * WordPress shortcodes in post HTML, turned into HTML the converter understands before parsing: `[caption]` becomes
 * a `<figure>` with its image and `<figcaption>`, `[embed]` and `[video]`/`[audio]` sources become links. Every other
 * shortcode cannot be mapped (its output was made by a plugin at render time): its tags are removed, the text between
 * them kept, and its name reported.
 */
export function expandShortcodes(html: string, notes: Set<string>): string {
  const withCaptions = html.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (_whole, attributes: string, inner: string) => {
    const id = /id=["']?attachment_(\d+)/i.exec(attributes)?.[1]
    const image = /<img\b[^>]*>/i.exec(inner)?.[0] ?? ''
    const linked = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>/i.exec(inner)?.[0]
    const caption = inner.replace(linked ?? image, '').trim() || /caption=["']([^"']*)["']/i.exec(attributes)?.[1] || ''
    return `<figure${id ? ` data-attachment="${id}"` : ''}>${image}<figcaption>${caption}</figcaption></figure>`
  })
  const withEmbeds = withCaptions.replace(/\[(embed|video|audio)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi, (_whole, name: string, attributes: string, inner: string) => {
    const url = inner.trim() || /(?:src|mp4|url)=["']([^"']+)["']/i.exec(attributes)?.[1] || ''
    notes.add(`[${name.toLowerCase()}] kept as a link`)
    return `<p><a href="${escapeAttribute(url)}">${escapeText(url)}</a></p>`
  })
  // `[[name]]` is WordPress's escape for a literal `[name]`.
  return withEmbeds.replace(/\[(\[?)(\/?)([a-zA-Z_][\w-]*)((?:\s[^\]]*)?)\](\]?)/g, (whole, open: string, _slash: string, name: string, _rest: string, close: string) => {
    if (open && close) return whole.slice(1, -1)
    notes.add(`shortcode [${name}] cannot be mapped and was removed (its text kept)`)
    return ''
  })
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
