import { serveSite } from '../scripts/siteServer'
import { launchBrowser } from '../tests/helpers/browser'
const site = await serveSite(() => '/tmp/rel/releases/b')
const browser = await launchBrowser()
const page = await browser.newPage()
await page.goto(`${site.url}/en/search/`)
const out = await page.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js')
  await pf.options({ basePath: '/pagefind/' })
  const s = await pf.search('Edited')
  return Promise.all(s.results.map(async (r) => { const d = await r.data(); return [d.url, d.meta, d.excerpt.slice(0, 80)] }))
})
console.log(JSON.stringify(out, null, 1))
await browser.close(); await site.close()
