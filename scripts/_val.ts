import { loadCorpus } from '../cms/seed/corpus'
import { validateCorpus } from '../cms/seed/validateCorpus'
try { const c = loadCorpus('/work/main/content'); const p = validateCorpus(c); console.log(p.length, 'problems'); console.log(p.slice(0, 30).join('\n')) } catch (e) { console.log((e as Error).message.slice(0, 3000)) }
