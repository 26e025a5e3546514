/**
 * The permanent links of a release as nginx and Caddy rules (`/go.nginx.conf`, included at the `http` level of
 * deploy/nginx.conf, and `/go.caddy`, imported in deploy/Caddyfile's site block). Web servers choose one language
 * per request — the reader's `?lang=`, else the language cookie the switcher sets, else the first language of
 * `Accept-Language` — and send the reader to the item's page in it when the item is published in it, else to the
 * item's own language. The site server (publishing/serve/permanentLinks.ts) negotiates over every preference.
 */
import { locales } from '../../cms/locales'
import type { PermanentLinkMap } from '../../publishing/format/permanentLinks'

/** nginx: the language maps, then one map entry per item and published language and one per item for its source. */
export function permanentLinksNginx(map: PermanentLinkMap): string {
  const entries = Object.entries(map.items)
  const keys = entries.reduce((count, [, entry]) => count + Object.keys(entry.pages).length, 0)
  // nginx refuses to start when a map's hash table cannot hold its keys: sized for this release.
  const hashSize = Math.max(2048, 2 ** Math.ceil(Math.log2(keys * 2 + 1)))
  const codes = locales.map((locale) => locale.code)
  const primary = locales.map((locale) => [locale.tag.split('-')[0].toLowerCase(), locale.code] as const)
  const quote = (text: string) => JSON.stringify(text)
  return `# Concord's permanent links (/go/<kind>/<id>/) of this release, generated from go.json. Include at http level.
map_hash_max_size ${hashSize};
map_hash_bucket_size 128;

map $arg_lang $concord_language_asked {
  default "";
${codes.map((code) => `  ${code} ${code};`).join('\n')}
}
map $http_cookie $concord_language_kept {
  default "";
${codes.map((code) => `  "~(?:^|;)\\s*concord-language=${code}(?:;|$)" ${code};`).join('\n')}
}
map $http_accept_language $concord_language_accepted {
  default "";
${primary.map(([language, code]) => `  "~*^\\s*${language}\\b" ${code};`).join('\n')}
}
map $concord_language_asked $concord_language_or_kept {
  "" $concord_language_kept;
  default $concord_language_asked;
}
map $concord_language_or_kept $concord_language {
  "" $concord_language_accepted;
  default $concord_language_or_kept;
}

map "$uri $concord_language" $concord_permanent_link {
  default "";
${entries.flatMap(([key, entry]) => Object.entries(entry.pages).map(([code, page]) => `  ${quote(`/go/${key}/ ${code}`)} ${quote(page)};`)).join('\n')}
}
map $uri $concord_permanent_link_source {
  default "";
${entries.map(([key, entry]) => `  ${quote(`/go/${key}/`)} ${quote(entry.pages[entry.source])};`).join('\n')}
}
`
}

/** Caddy: the same choice as nginx, as `map` handlers the site block's `/go/*` routes read. */
export function permanentLinksCaddy(map: PermanentLinkMap): string {
  const entries = Object.entries(map.items)
  const codes = locales.map((locale) => locale.code).join('|')
  const primary = locales.map((locale) => [locale.tag.split('-')[0].toLowerCase(), locale.code] as const)
  const quote = (text: string) => JSON.stringify(text)
  return `# Concord's permanent links (/go/<kind>/<id>/) of this release, generated from go.json. Import in the site block.
map {query.lang}|{cookie.concord-language}|{header.Accept-Language} {concord_language} {
	~^(${codes})\\| \${1}
	~^[^|]*\\|(${codes})\\| \${1}
${primary.map(([language, code]) => `\t~(?i)^[^|]*\\|[^|]*\\|\\s*${language}\\b ${code}`).join('\n')}
}
map {path}|{concord_language} {concord_permanent_link} {
${entries.flatMap(([key, entry]) => Object.entries(entry.pages).map(([code, page]) => `\t${quote(`/go/${key}/|${code}`)} ${quote(page)}`)).join('\n')}
}
map {path} {concord_permanent_link_source} {
${entries.map(([key, entry]) => `\t${quote(`/go/${key}/`)} ${quote(entry.pages[entry.source])}`).join('\n')}
}
`
}
