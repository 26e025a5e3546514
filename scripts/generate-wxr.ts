/**
 * `tsx scripts/generate-wxr.ts <out.xml> [--posts 10000] [--languages en,fr,ru,ar,zh,th] [--plugin wpml|polylang]`:
 * writes a synthetic WordPress export (WXR 1.2) for measuring `npm run import`: every post in every language,
 * linked as WPML translation groups (post meta) or Polylang terms, ~600 words of classic-editor HTML each with a
 * heading, a list, a quote and links, two categories. Streamed to disk, so any size fits in memory.
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { posts: { type: 'string', default: '10000' }, languages: { type: 'string', default: 'en,fr,ru,ar,zh-hans,th' }, plugin: { type: 'string', default: 'wpml' } },
})
const out = positionals[0]
if (!out) throw new Error('Usage: tsx scripts/generate-wxr.ts <out.xml> [--posts n] [--languages en,fr,…] [--plugin wpml|polylang]')
const posts = Number(values.posts)
const languages = values.languages!.split(',')
const polylang = values.plugin === 'polylang'

const words: Record<string, string[]> = {
  en: 'cooperation prosecutors evidence border agreement investigation court request assets recovery meeting region'.split(' '),
  fr: 'coopération procureurs preuves frontière accord enquête tribunal demande avoirs recouvrement réunion région'.split(' '),
  ru: 'сотрудничество прокуроры доказательства граница соглашение расследование суд запрос активы возврат встреча регион'.split(' '),
  ar: 'التعاون المدعون الأدلة الحدود اتفاق التحقيق المحكمة طلب الأصول استرداد اجتماع المنطقة'.split(' '),
  'zh-hans': '合作 检察官 证据 边境 协议 调查 法院 请求 资产 追回 会议 地区'.split(' '),
  th: 'ความร่วมมือ อัยการ หลักฐาน ชายแดน ข้อตกลง การสอบสวน ศาล คำขอ ทรัพย์สิน การกู้คืน การประชุม ภูมิภาค'.split(' '),
}
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = (list: string[]) => list[Math.floor(random() * list.length)]
const sentence = (language: string, count: number) => Array.from({ length: count }, () => pick(words[language] ?? words.en)).join(' ')
const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

const stream = fs.createWriteStream(out)
const write = async (text: string) => {
  if (!stream.write(text)) await once(stream, 'drain')
}

await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Synthetic archive</title>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://synthetic.example.org</wp:base_site_url>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:cat_name>News</wp:cat_name></wp:category>
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>cooperation</wp:category_nicename><wp:cat_name>Cooperation</wp:cat_name></wp:category>
`)
if (polylang) {
  for (const [index, language] of languages.entries()) {
    const locale = language === 'zh-hans' ? 'zh_CN' : `${language}_XX`
    await write(`<wp:term><wp:term_id>${100 + index}</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy><wp:term_slug>${language}</wp:term_slug><wp:term_name>${language}</wp:term_name><wp:term_description>${cdata(`a:1:{s:6:"locale";s:${locale.length}:"${locale}";}`)}</wp:term_description></wp:term>\n`)
  }
}
let postId = 1000
for (let group = 1; group <= posts; group++) {
  const ids = languages.map(() => ++postId)
  const translations = `a:${languages.length}:{${languages.map((language, index) => `s:${Buffer.byteLength(language)}:"${language}";i:${ids[index]};`).join('')}}`
  if (polylang) await write(`<wp:term><wp:term_id>${group + 100_000}</wp:term_id><wp:term_taxonomy>post_translations</wp:term_taxonomy><wp:term_slug>pll_${group}</wp:term_slug><wp:term_name>pll_${group}</wp:term_name><wp:term_description>${cdata(translations)}</wp:term_description></wp:term>\n`)
}
postId = 1000
for (let group = 1; group <= posts; group++) {
  const date = new Date(Date.UTC(2015, 0, 1) + group * 3_600_000 * 5)
  const stamp = date.toISOString().slice(0, 19).replace('T', ' ')
  for (const language of languages) {
    const id = ++postId
    const title = `${sentence(language, 6)} ${group}`
    const paragraphs = Array.from({ length: 8 }, () => `<p>${sentence(language, 70)} <a href="https://synthetic.example.org/${group}/">${pick(words.en)}</a>.</p>`).join('\n')
    const body = `${paragraphs}\n<h2>${sentence(language, 4)}</h2>\n<ul><li>${sentence(language, 8)}</li><li>${sentence(language, 8)}</li></ul>\n<blockquote>${sentence(language, 20)}</blockquote>`
    const prefix = language === 'en' ? '' : `/${language}`
    const languageMeta = polylang
      ? `<category domain="language" nicename="${language}">${language}</category><category domain="post_translations" nicename="pll_${group}">pll_${group}</category>`
      : `<wp:postmeta><wp:meta_key>_wpml_import_language_code</wp:meta_key><wp:meta_value>${language}</wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>_wpml_import_translation_group</wp:meta_key><wp:meta_value>${group}</wp:meta_value></wp:postmeta>`
    await write(`<item><title>${cdata(title)}</title><link>https://synthetic.example.org${prefix}/${date.getUTCFullYear()}/post-${group}/</link><dc:creator>press</dc:creator>
<content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata(sentence(language, 25))}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date_gmt>${stamp}</wp:post_date_gmt><wp:post_name>post-${group}</wp:post_name><wp:status>${group % 50 === 0 ? 'draft' : 'publish'}</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="${group % 2 ? 'news' : 'cooperation'}">${group % 2 ? 'News' : 'Cooperation'}</category>${languageMeta}</item>
`)
  }
}
await write('</channel>\n</rss>\n')
stream.end()
await once(stream, 'finish')
console.log(`Wrote ${posts} posts × ${languages.length} languages to ${out} (${(fs.statSync(out).size / 1024 / 1024).toFixed(1)} MB)`)
