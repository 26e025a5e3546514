import { getLocale, type LocaleCode, localeCodes } from '../../cms/locales'
import { contentLocale, type ExportedItem, file } from './content'

export interface CaptionTrack {
  code: LocaleCode
  tag: string
  label: string
  url: string
}

/**
 * A video's `<track>`s: one per language that has captions, in registry order, and the default one — the reader's
 * language, else the language the page's text is in. Shared by the video page and the embeddable player.
 */
export function captionTracks(item: ExportedItem, locale: LocaleCode): { tracks: CaptionTrack[]; defaultTrack?: CaptionTrack } {
  const captionIds = (item.data.captions ?? {}) as Partial<Record<LocaleCode, unknown>>
  const tracks = localeCodes.flatMap((code) => {
    const url = captionIds[code] ? file(captionIds[code])?.url : undefined
    return url ? [{ code, tag: getLocale(code).tag, label: getLocale(code).label, url }] : []
  })
  const defaultTrack = tracks.find((track) => track.code === locale) ?? tracks.find((track) => track.code === contentLocale(item, locale))
  return { tracks, defaultTrack }
}
