/**
 * Why an upload was refused, in every admin language (cms/i18n/adminLanguages.ts). The admin shows the message of
 * a refused save as it is, so it is written here in the editor's language rather than in Payload's i18n bundle.
 * `{{file}}` is the uploaded name, `{{allowed}}` the kinds the library accepts, `{{detected}}` the type found.
 */
import type { UploadRefusal } from './detectUploadKind'

type Reason = UploadRefusal['reason'] | 'notAllowedUnknown' | 'remoteFetch'
type Messages = Record<Reason, string>

const en: Messages = {
  notAllowed: '“{{file}}” was refused: its content is {{detected}}, and this library accepts only {{allowed}}.',
  notAllowedUnknown: '“{{file}}” was refused: its content is not a kind of file this library accepts ({{allowed}}), whatever its name says.',
  unreadable: '“{{file}}” was refused: its content could not be read.',
  captionsTooLarge: '“{{file}}” was refused: it is far too large to be a caption file.',
  captionsNotUtf8: '“{{file}}” was refused: a WebVTT caption file must be UTF-8 text.',
  captionsInvalid: '“{{file}}” was refused: it is not valid WebVTT (line {{line}}).',
  captionsWithoutCues: '“{{file}}” was refused: the caption file has no cues.',
  captionsAreScript: '“{{file}}” was refused: it reads both as captions and as JavaScript, which a browser could run.',
  remoteFetch: '“{{file}}” was refused: upload the file itself; files are not fetched from other addresses.',
}

const zh: Messages = {
  notAllowed: '“{{file}}”被拒绝：其内容为 {{detected}}，本库只接受 {{allowed}}。',
  notAllowedUnknown: '“{{file}}”被拒绝：无论文件名如何，其内容都不是本库接受的文件类型（{{allowed}}）。',
  unreadable: '“{{file}}”被拒绝：无法读取其内容。',
  captionsTooLarge: '“{{file}}”被拒绝：文件过大，不可能是字幕文件。',
  captionsNotUtf8: '“{{file}}”被拒绝：WebVTT 字幕文件必须是 UTF-8 文本。',
  captionsInvalid: '“{{file}}”被拒绝：不是有效的 WebVTT（第 {{line}} 行）。',
  captionsWithoutCues: '“{{file}}”被拒绝：字幕文件中没有字幕条目。',
  captionsAreScript: '“{{file}}”被拒绝：它既能作为字幕读取，也能作为浏览器可执行的 JavaScript 读取。',
  remoteFetch: '“{{file}}”被拒绝：请上传文件本身；系统不会从其他地址获取文件。',
}

const fr: Messages = {
  notAllowed: '« {{file}} » a été refusé : son contenu est {{detected}}, et cette bibliothèque n’accepte que {{allowed}}.',
  notAllowedUnknown: '« {{file}} » a été refusé : quel que soit son nom, son contenu n’est pas d’un type accepté par cette bibliothèque ({{allowed}}).',
  unreadable: '« {{file}} » a été refusé : son contenu n’a pas pu être lu.',
  captionsTooLarge: '« {{file}} » a été refusé : il est bien trop volumineux pour être un fichier de sous-titres.',
  captionsNotUtf8: '« {{file}} » a été refusé : un fichier de sous-titres WebVTT doit être du texte UTF-8.',
  captionsInvalid: '« {{file}} » a été refusé : ce n’est pas du WebVTT valide (ligne {{line}}).',
  captionsWithoutCues: '« {{file}} » a été refusé : le fichier de sous-titres ne contient aucun sous-titre.',
  captionsAreScript: '« {{file}} » a été refusé : il se lit à la fois comme des sous-titres et comme du JavaScript, qu’un navigateur pourrait exécuter.',
  remoteFetch: '« {{file}} » a été refusé : téléversez le fichier lui-même ; aucun fichier n’est récupéré depuis une autre adresse.',
}

const ru: Messages = {
  notAllowed: '«{{file}}» отклонён: его содержимое — {{detected}}, а эта библиотека принимает только {{allowed}}.',
  notAllowedUnknown: '«{{file}}» отклонён: независимо от имени, его содержимое не относится к типам, которые принимает эта библиотека ({{allowed}}).',
  unreadable: '«{{file}}» отклонён: не удалось прочитать его содержимое.',
  captionsTooLarge: '«{{file}}» отклонён: он слишком велик для файла субтитров.',
  captionsNotUtf8: '«{{file}}» отклонён: файл субтитров WebVTT должен быть текстом в UTF-8.',
  captionsInvalid: '«{{file}}» отклонён: это недопустимый WebVTT (строка {{line}}).',
  captionsWithoutCues: '«{{file}}» отклонён: в файле субтитров нет ни одного субтитра.',
  captionsAreScript: '«{{file}}» отклонён: он читается и как субтитры, и как JavaScript, который может выполнить браузер.',
  remoteFetch: '«{{file}}» отклонён: загрузите сам файл; файлы не загружаются с других адресов.',
}

const es: Messages = {
  notAllowed: '«{{file}}» se ha rechazado: su contenido es {{detected}} y esta biblioteca solo acepta {{allowed}}.',
  notAllowedUnknown: '«{{file}}» se ha rechazado: diga lo que diga su nombre, su contenido no es de un tipo que acepte esta biblioteca ({{allowed}}).',
  unreadable: '«{{file}}» se ha rechazado: no se ha podido leer su contenido.',
  captionsTooLarge: '«{{file}}» se ha rechazado: es demasiado grande para ser un archivo de subtítulos.',
  captionsNotUtf8: '«{{file}}» se ha rechazado: un archivo de subtítulos WebVTT debe ser texto UTF-8.',
  captionsInvalid: '«{{file}}» se ha rechazado: no es WebVTT válido (línea {{line}}).',
  captionsWithoutCues: '«{{file}}» se ha rechazado: el archivo de subtítulos no contiene ningún subtítulo.',
  captionsAreScript: '«{{file}}» se ha rechazado: se lee a la vez como subtítulos y como JavaScript, que un navegador podría ejecutar.',
  remoteFetch: '«{{file}}» se ha rechazado: suba el propio archivo; no se descargan archivos de otras direcciones.',
}

const ar: Messages = {
  notAllowed: 'رُفض «{{file}}»: محتواه من نوع {{detected}}، وهذه المكتبة لا تقبل إلا {{allowed}}.',
  notAllowedUnknown: 'رُفض «{{file}}»: أيًّا كان اسمه، فمحتواه ليس من أنواع الملفات التي تقبلها هذه المكتبة ({{allowed}}).',
  unreadable: 'رُفض «{{file}}»: تعذّرت قراءة محتواه.',
  captionsTooLarge: 'رُفض «{{file}}»: حجمه أكبر بكثير من أن يكون ملف ترجمة مصاحبة.',
  captionsNotUtf8: 'رُفض «{{file}}»: يجب أن يكون ملف الترجمة WebVTT نصًّا بترميز UTF-8.',
  captionsInvalid: 'رُفض «{{file}}»: ليس ملف WebVTT صالحًا (السطر {{line}}).',
  captionsWithoutCues: 'رُفض «{{file}}»: لا يحتوي ملف الترجمة على أي مقطع.',
  captionsAreScript: 'رُفض «{{file}}»: يمكن قراءته ترجمةً مصاحبة وكذلك شيفرة JavaScript قد يشغّلها المتصفح.',
  remoteFetch: 'رُفض «{{file}}»: ارفع الملف نفسه؛ لا تُجلب الملفات من عناوين أخرى.',
}

const de: Messages = {
  notAllowed: '„{{file}}“ wurde abgelehnt: Sein Inhalt ist {{detected}}, und diese Bibliothek nimmt nur {{allowed}} an.',
  notAllowedUnknown: '„{{file}}“ wurde abgelehnt: Unabhängig vom Namen ist sein Inhalt keine Dateiart, die diese Bibliothek annimmt ({{allowed}}).',
  unreadable: '„{{file}}“ wurde abgelehnt: Sein Inhalt konnte nicht gelesen werden.',
  captionsTooLarge: '„{{file}}“ wurde abgelehnt: Die Datei ist viel zu groß für eine Untertiteldatei.',
  captionsNotUtf8: '„{{file}}“ wurde abgelehnt: Eine WebVTT-Untertiteldatei muss UTF-8-Text sein.',
  captionsInvalid: '„{{file}}“ wurde abgelehnt: Die Datei ist kein gültiges WebVTT (Zeile {{line}}).',
  captionsWithoutCues: '„{{file}}“ wurde abgelehnt: Die Untertiteldatei enthält keine Untertitel.',
  captionsAreScript: '„{{file}}“ wurde abgelehnt: Sie lässt sich sowohl als Untertitel als auch als JavaScript lesen, das ein Browser ausführen könnte.',
  remoteFetch: '„{{file}}“ wurde abgelehnt: Laden Sie die Datei selbst hoch; Dateien werden nicht von anderen Adressen abgerufen.',
}

const ja: Messages = {
  notAllowed: '「{{file}}」は受け付けられませんでした。内容は {{detected}} ですが、このライブラリが受け付けるのは {{allowed}} だけです。',
  notAllowedUnknown: '「{{file}}」は受け付けられませんでした。ファイル名にかかわらず、内容がこのライブラリで受け付ける種類（{{allowed}}）ではありません。',
  unreadable: '「{{file}}」は受け付けられませんでした。内容を読み取れませんでした。',
  captionsTooLarge: '「{{file}}」は受け付けられませんでした。字幕ファイルとしては大きすぎます。',
  captionsNotUtf8: '「{{file}}」は受け付けられませんでした。WebVTT 字幕ファイルは UTF-8 のテキストである必要があります。',
  captionsInvalid: '「{{file}}」は受け付けられませんでした。有効な WebVTT ではありません（{{line}} 行目）。',
  captionsWithoutCues: '「{{file}}」は受け付けられませんでした。字幕ファイルに字幕がひとつもありません。',
  captionsAreScript: '「{{file}}」は受け付けられませんでした。字幕としても、ブラウザーが実行しうる JavaScript としても読めます。',
  remoteFetch: '「{{file}}」は受け付けられませんでした。ファイルそのものをアップロードしてください。他のアドレスからファイルを取得することはありません。',
}

const vi: Messages = {
  notAllowed: '“{{file}}” đã bị từ chối: nội dung của tệp là {{detected}}, trong khi thư viện này chỉ nhận {{allowed}}.',
  notAllowedUnknown: '“{{file}}” đã bị từ chối: dù tên tệp là gì, nội dung của nó không thuộc loại tệp mà thư viện này nhận ({{allowed}}).',
  unreadable: '“{{file}}” đã bị từ chối: không đọc được nội dung của tệp.',
  captionsTooLarge: '“{{file}}” đã bị từ chối: tệp quá lớn để là một tệp phụ đề.',
  captionsNotUtf8: '“{{file}}” đã bị từ chối: tệp phụ đề WebVTT phải là văn bản UTF-8.',
  captionsInvalid: '“{{file}}” đã bị từ chối: đây không phải là WebVTT hợp lệ (dòng {{line}}).',
  captionsWithoutCues: '“{{file}}” đã bị từ chối: tệp phụ đề không có câu phụ đề nào.',
  captionsAreScript: '“{{file}}” đã bị từ chối: tệp vừa đọc được như phụ đề vừa đọc được như JavaScript mà trình duyệt có thể chạy.',
  remoteFetch: '“{{file}}” đã bị từ chối: hãy tải lên chính tệp đó; hệ thống không lấy tệp từ địa chỉ khác.',
}

const th: Messages = {
  notAllowed: 'ไม่รับ “{{file}}”: เนื้อหาของไฟล์เป็น {{detected}} แต่คลังนี้รับเฉพาะ {{allowed}}',
  notAllowedUnknown: 'ไม่รับ “{{file}}”: ไม่ว่าชื่อไฟล์จะเป็นอย่างไร เนื้อหาไม่ใช่ชนิดไฟล์ที่คลังนี้รับ ({{allowed}})',
  unreadable: 'ไม่รับ “{{file}}”: อ่านเนื้อหาของไฟล์ไม่ได้',
  captionsTooLarge: 'ไม่รับ “{{file}}”: ไฟล์ใหญ่เกินกว่าจะเป็นไฟล์คำบรรยาย',
  captionsNotUtf8: 'ไม่รับ “{{file}}”: ไฟล์คำบรรยาย WebVTT ต้องเป็นข้อความ UTF-8',
  captionsInvalid: 'ไม่รับ “{{file}}”: ไม่ใช่ WebVTT ที่ถูกต้อง (บรรทัดที่ {{line}})',
  captionsWithoutCues: 'ไม่รับ “{{file}}”: ไฟล์คำบรรยายไม่มีคำบรรยายเลย',
  captionsAreScript: 'ไม่รับ “{{file}}”: ไฟล์อ่านได้ทั้งเป็นคำบรรยายและเป็น JavaScript ที่เบราว์เซอร์อาจเรียกใช้',
  remoteFetch: 'ไม่รับ “{{file}}”: โปรดอัปโหลดตัวไฟล์เอง ระบบไม่ดึงไฟล์จากที่อยู่อื่น',
}

/** Every admin language's messages; a unit test checks each has every reason. */
export const uploadMessages: Record<string, Messages> = { en, zh, fr, ru, es, ar, de, ja, vi, th }

/** The message for a refusal in `language` (English when the admin speaks another), with its values filled in. */
export function uploadRefusalMessage(reason: Reason, language: string | undefined, values: Record<string, string | number>): string {
  const template = (uploadMessages[language ?? 'en'] ?? en)[reason]
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

export type { Reason as UploadRefusalReason }
