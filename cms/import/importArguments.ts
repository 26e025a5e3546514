import { parseArgs } from 'node:util'

import { isLocaleCode, localeCodes, type LocaleCode } from '../locales'
import type { FeedSource } from './feeds'

export interface ImportArguments {
  wxr?: string
  feeds: FeedSource[]
  feedMapping?: string
  filesDir?: string
  apply: boolean
  allowNetwork: boolean
  defaultLanguage?: LocaleCode
  reportFile?: string
  chunkSize?: number
}

export const importUsage = `Usage: npm run import -- <export.xml> [options]
       npm run import -- --feed en=news.xml --feed fr=actualites.xml [--feed-mapping groups.json] [options]

A dry run by default: reports what would be created, updated, left unchanged or skipped, and why.
  --apply                 write into the CMS (one transaction per item)
  --files <dir>           the old site's uploads folder (wp-content/uploads), for attachments
  --allow-network         fetch attachments missing from --files from their old address (off: nothing is fetched)
  --default-language <l>  the language of entries that name none (default: en); one of ${localeCodes.join(', ')}
  --feed <locale>=<file>  an RSS or Atom feed in one language (repeat per language)
  --feed-mapping <file>   JSON array of groups of item ids or links that are translations of one another
  --report <file>         write every report line there (JSON lines) instead of only the problems to the console
  --chunk <n>             items per writing process (default 500; each process hands back the SQLite client's memory)`

/** Reads `npm run import` arguments; throws with a message for anything it does not understand. */
export function parseImportArguments(argv: string[]): ImportArguments {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      apply: { type: 'boolean', default: false },
      files: { type: 'string' },
      'allow-network': { type: 'boolean', default: false },
      'default-language': { type: 'string' },
      feed: { type: 'string', multiple: true },
      'feed-mapping': { type: 'string' },
      report: { type: 'string' },
      chunk: { type: 'string' },
    },
  })
  const feeds = (values.feed ?? []).map((spec) => {
    const [locale, ...file] = spec.split('=')
    if (!isLocaleCode(locale) || file.length === 0) throw new Error(`--feed takes <locale>=<file> with a locale of ${localeCodes.join(', ')}, not "${spec}"`)
    return { locale, file: file.join('=') }
  })
  if (positionals.length > 1) throw new Error('Give one WordPress export file.')
  if (positionals.length === 0 && feeds.length === 0) throw new Error('Give a WordPress export file or --feed <locale>=<file>.')
  if (positionals.length === 1 && feeds.length > 0) throw new Error('Give a WordPress export or feeds, not both.')
  const language = values['default-language']
  if (language !== undefined && !isLocaleCode(language)) throw new Error(`--default-language must be one of ${localeCodes.join(', ')}`)
  const chunk = values.chunk === undefined ? undefined : Number(values.chunk)
  if (chunk !== undefined && !(Number.isInteger(chunk) && chunk > 0)) throw new Error('--chunk must be a positive whole number')
  return {
    wxr: positionals[0],
    feeds,
    feedMapping: values['feed-mapping'],
    filesDir: values.files,
    apply: values.apply ?? false,
    allowNetwork: values['allow-network'] ?? false,
    defaultLanguage: language as LocaleCode | undefined,
    reportFile: values.report,
    chunkSize: chunk,
  }
}
