// Filters the document library by type, language and year in place; without JavaScript every document is listed.
const form = document.querySelector('[data-document-filters]')
if (form) {
  const rows = [...document.querySelectorAll('.document-list > li')]
  const apply = () => {
    const type = form.elements.type.value
    const language = form.elements.language.value
    const year = form.elements.year.value
    for (const row of rows) {
      row.hidden =
        (type && row.dataset.type !== type) ||
        (language && !row.dataset.languages.split(' ').includes(language)) ||
        (year && row.dataset.year !== year)
    }
  }
  form.addEventListener('change', apply)
  form.hidden = false
}
