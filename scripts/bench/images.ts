import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { between, seededRandom, seedOf } from './random'

/**
 * Writes `count` small cover images (abstract shapes on a gradient, 1200×800 JPEG) into `folder`, the same on every
 * run. Returns their paths.
 */
export async function generateImages(folder: string, count: number): Promise<string[]> {
  fs.mkdirSync(folder, { recursive: true })
  const files: string[] = []
  for (let index = 0; index < count; index++) {
    const file = path.join(folder, `bench-cover-${String(index + 1).padStart(2, '0')}.jpg`)
    if (!fs.existsSync(file)) await sharp(Buffer.from(coverSvg(index))).jpeg({ quality: 80 }).toFile(file)
    files.push(file)
  }
  return files
}

function coverSvg(index: number): string {
  const random = seededRandom(seedOf(`concord bench image ${index}`))
  const hue = between(random, 0, 359)
  const shapes = Array.from({ length: between(random, 4, 9) }, () => {
    const [x, y, r] = [between(random, 0, 1200), between(random, 0, 800), between(random, 40, 260)]
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(hue + between(random, 20, 180)) % 360} 60% 60%)" opacity="0.55"/>`
  }).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 55% 35%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360} 55% 70%)"/></linearGradient></defs>
<rect width="1200" height="800" fill="url(#g)"/>${shapes}</svg>`
}
