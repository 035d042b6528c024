/** A leading =, +, -, @, tab or CR makes Excel and LibreOffice run a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell: text that would start a formula gets a leading ' (spreadsheets show the text, run
 * nothing), then every cell is quoted so commas, quotes and line breaks in names survive Excel.
 */
export function csvCell(value: string | number | undefined): string {
  const text = typeof value === 'number' ? String(value) : (value ?? '')
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/** 2026-12-03T06:05:09Z → 2026-12-03 14:05: the minute in Beijing, as a person reads it in a sheet. */
export function beijingMinute(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}
