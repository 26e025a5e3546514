// scratch: profile rendering N routes in one thread (not committed)
import fs from 'node:fs'
import { ensureBundle } from '../site/render/bundle'
import { loadEntry } from '../site/render/entry'
import { renderRoutes } from '../site/render/renderRoutes'
const exportDir = process.argv[2]
const out = process.argv[3]
const n = Number(process.argv[4] ?? 1000)
process.env.CONCORD_EXPORT_DIR = exportDir
const bundle = await ensureBundle(console.log)
let t = Date.now()
const entry = await loadEntry(bundle.entry)
entry.reloadContent()
const urls = [...entry.siteRoutes().keys()]
console.log('load+routes', Date.now() - t, 'ms', urls.length, 'routes')
const pick = urls.filter((u) => /\/news\/[^/]+\/$/.test(u)).slice(0, n)
fs.rmSync(out, { recursive: true, force: true })
t = Date.now()
await renderRoutes(entry, pick, out, 'http://localhost:4321')
console.log('render', pick.length, 'in', Date.now() - t, 'ms')
