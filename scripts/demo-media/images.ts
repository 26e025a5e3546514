/**
 * The still images of content/media/: 34 editorial pictures as JPEG (covers, video posters, event galleries) and the
 * 8 partner emblems as PNG, each an SVG drawn here and rasterised by sharp (librsvg) with fixed encoder settings.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { partnerEmblems } from './emblems'
import { scenes } from './scenes'
import { svgDoc } from './svg'

const eventPictures = (key: string): string[] => [`event-${key}-cover`, `event-${key}-1`, `event-${key}-2`]

/** The exact files referenced by the corpus, in media.yaml order. */
const imageKeys: string[] = [
  ...[
    'guangzhou-china-africa-forum',
    'shanghai-foreign-related-prosecution-conference',
    'judicial-assistance-2024-figures',
    'cooperation-agreements-100-countries',
    'china-asean-prosecutors-general-conference',
    'asset-recovery-workshop',
    'cybercrime-telecom-fraud-cooperation',
    'lancang-mekong-drug-control',
    'training-program-young-prosecutors',
    'mongolia-border-cooperation',
    'sco-prosecutors-meeting',
    'digital-evidence-guidelines',
  ].map((k) => `article-${k}`),
  ...['forum-highlights', 'asset-recovery-explained', 'prosecutor-exchange-interview', 'mutual-legal-assistance-101'].map((k) => `video-${k}`),
  ...[
    'telecom-fraud-extradition',
    'cross-border-bribery-asset-recovery',
    'drug-trafficking-joint-investigation',
    'wildlife-trafficking-network',
    'money-laundering-freeze',
    'fugitive-repatriation',
  ].map((k) => `case-${k}`),
  ...['china-africa-prosecutorial-forum', 'foreign-related-prosecution-conference-2024', 'china-asean-prosecutors-general-conference', 'asset-recovery-training-2025'].flatMap(eventPictures),
]

/** Poster frames are taken at this point of each clip (default: half-way). */
const posterTimes: Record<string, number> = { 'video-mutual-legal-assistance-101': 0.25 }

/** Writes every image into `mediaDir`; `log` gets one line per file. */
export async function writeImages(mediaDir: string, log: (line: string) => void): Promise<void> {
  fs.mkdirSync(mediaDir, { recursive: true })
  for (const key of imageKeys) {
    const scene = scenes[key]
    if (!scene) throw new Error(`No scene for ${key}`)
    const svg = svgDoc(scene(key.startsWith('video-') ? (posterTimes[key] ?? 0.5) : 0))
    const file = path.join(mediaDir, `${key}.jpg`)
    await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true, chromaSubsampling: '4:2:0' }).toFile(file)
    log(`  ${file}  ${(fs.statSync(file).size / 1024).toFixed(0)} KB`)
  }
  for (const [key, emblem] of Object.entries(partnerEmblems)) {
    const svg = svgDoc(emblem(), 400, 400, '0 0 400 400')
    const file = path.join(mediaDir, `${key}.png`)
    await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, quality: 90 }).toFile(file)
    log(`  ${file}  ${(fs.statSync(file).size / 1024).toFixed(0)} KB`)
  }
}
