import fs from 'node:fs'
import path from 'node:path'

import { headersWithCors, type UploadConfig } from 'payload'

import { isCollectionSlug } from '../isCollectionSlug'
import type { adminLanguages } from '../i18n/adminLanguages'

/** "No such file", in every admin language; `{{file}}` is the name asked for. */
const messages: Record<keyof typeof adminLanguages, string> = {
  en: 'There is no stored file named “{{file}}”.',
  zh: '没有名为“{{file}}”的已存储文件。',
  fr: 'Aucun fichier enregistré ne s’appelle « {{file}} ».',
  ru: 'Сохранённого файла с именем «{{file}}» нет.',
  es: 'No hay ningún archivo guardado con el nombre «{{file}}».',
  ar: 'لا يوجد ملف محفوظ باسم «{{file}}».',
  de: 'Es gibt keine gespeicherte Datei namens „{{file}}“.',
  ja: '「{{file}}」という名前の保存済みファイルはありません。',
  vi: 'Không có tệp đã lưu nào tên là “{{file}}”.',
  th: 'ไม่มีไฟล์ที่จัดเก็บไว้ชื่อ “{{file}}”',
}

/** The message for a missing file in `language` (English when the admin speaks another). */
export function missingUploadFileMessage(file: string, language: string | undefined): string {
  return (messages[language as keyof typeof messages] ?? messages.en).replace('{{file}}', file)
}

/**
 * An upload collection's `upload.handlers` entry: `GET /api/<collection>/file/<name>` for a name that is not a stored
 * file answers 404 with a message, where Payload's own local-storage fallback answers 500 "Something went wrong"
 * (payload/dist/uploads/endpoints/getFile.js). A name that is there, or one outside the upload folder (which Payload
 * refuses with a 400 itself), is left to Payload. With uploads on S3 (cms/storage/index.ts) local storage is off and
 * this steps aside: the storage adapter's handler, which runs after it, answers instead.
 */
export const answerMissingUploadFile: NonNullable<UploadConfig['handlers']>[number] = (req, { params }) => {
  const { collection } = params
  const upload = isCollectionSlug(req.payload, collection) ? req.payload.collections[collection].config.upload : undefined
  if (!upload || upload.disableLocalStorage) return undefined
  const folder = path.resolve(upload.staticDir || params.collection)
  const file = path.resolve(folder, params.filename)
  if (!file.startsWith(folder + path.sep)) return undefined
  // One stat, synchronous: Payload's handler type takes a Response or nothing, not a promise of either.
  if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined
  return Response.json(
    { errors: [{ message: missingUploadFileMessage(params.filename, req.i18n?.language) }] },
    { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
  )
}
