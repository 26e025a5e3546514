/** Every editorial picture of the demo corpus, by its file name without extension. */
import { articleScenes } from './articles'
import { caseScenes } from './cases'
import { eventScenes } from './events'
import type { Scene } from './scene'
import { videoScenes } from './videos'

export type { Scene } from './scene'

export const scenes: Record<string, Scene> = { ...articleScenes, ...videoScenes, ...caseScenes, ...eventScenes }
