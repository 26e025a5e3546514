/** Marks a report line a writer process prints (JSON after the prefix). */
export const workerLinePrefix = 'IMPORT_LINE '
/** Marks a writer process's peak RSS in bytes, printed last. */
export const workerPeakPrefix = 'IMPORT_PEAK_RSS '
