import type { Salon } from '@/api/contract/schemas/salon'

type CalendarSalon = Pick<Salon, 'id' | 'title' | 'summary' | 'location' | 'startAt' | 'endAt'>

/** 20260305T060000Z: iCalendar's UTC form, so no time-zone block is needed and every calendar agrees. */
export function icsTime(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n. */
export function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/**
 * RFC 5545 folds lines longer than 75 octets with CRLF and one space. Counted in UTF-8 bytes and
 * never inside a character, since Chinese text is three bytes a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let bytes = 0
  for (const char of line) {
    const size = utf8Length(char)
    const limit = parts.length ? 74 : 75
    if (bytes + size > limit) {
      parts.push(current)
      current = ''
      bytes = 0
    }
    current += char
    bytes += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  return code < 0x10000 ? 3 : 4
}

/**
 * One salon as an .ics calendar (for H5's 添加到日历; WeChat uses wx.addPhoneCalendar instead): a
 * VEVENT with a stable UID (the salon's id, so importing twice updates rather than duplicates) and a
 * reminder an hour before. `now` is the DTSTAMP, given so the text is the same for the same input.
 */
export function buildSalonIcs(salon: CalendarSalon, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//qifu-guanjia//salon//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${salon.id}@qifu-guanjia`,
    `DTSTAMP:${icsTime(now.toISOString())}`,
    `DTSTART:${icsTime(salon.startAt)}`,
    `DTEND:${icsTime(salon.endAt)}`,
    `SUMMARY:${icsText(salon.title)}`,
    `DESCRIPTION:${icsText(salon.summary)}`,
    `LOCATION:${icsText(salon.location)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(salon.title)}`,
    'TRIGGER:-PT1H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

/** A file name for the download: the title without characters file systems refuse. */
export const icsFileName = (salon: Pick<Salon, 'title'>) =>
  `${salon.title.replace(/[\\/:*?"<>|]/g, ' ').trim() || 'salon'}.ics`
