import { buildSalonIcs, foldLine, icsFileName, icsText, icsTime } from '@/features/salons/salon-ics'
import { mapLink, phoneCalendarEvent } from '@/features/salons/salon-links'

const salon = {
  id: 'sal-01',
  title: '低空经济企业家沙龙',
  summary: '无人机、通航企业与园区, 运营方; 面对面',
  location: '两江新区企业服务中心 3 楼路演厅',
  startAt: '2026-03-05T14:00:00+08:00',
  endAt: '2026-03-05T17:00:00+08:00',
}
const NOW = new Date('2026-03-01T02:03:04.567Z')

const unfold = (text: string) => text.replace(/\r\n /g, '')

describe('salon .ics', () => {
  it('writes times in UTC without separators', () => {
    expect(icsTime('2026-03-05T14:00:00+08:00')).toBe('20260305T060000Z')
  })

  it('escapes what RFC 5545 TEXT reserves', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  it('is one VEVENT with the salon in it, CRLF lines, a stable UID and an hour reminder', () => {
    const ics = buildSalonIcs(salon, NOW)
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.split('\r\n')[0]).toBe('BEGIN:VCALENDAR')
    const lines = unfold(ics).split('\r\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:sal-01@qifu-guanjia',
        'DTSTAMP:20260301T020304Z',
        'DTSTART:20260305T060000Z',
        'DTEND:20260305T090000Z',
        `SUMMARY:${salon.title}`,
        'DESCRIPTION:无人机、通航企业与园区\\, 运营方\\; 面对面',
        `LOCATION:${salon.location}`,
        'TRIGGER:-PT1H',
      ]),
    )
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(buildSalonIcs(salon, NOW)).toBe(ics)
  })

  it('folds long lines at 75 UTF-8 bytes without splitting a character', () => {
    const line = `SUMMARY:${'企'.repeat(60)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    expect(unfold(folded)).toBe(line)
    expect(foldLine('SHORT:1')).toBe('SHORT:1')
  })

  it('names the file after the title without characters file systems refuse', () => {
    expect(icsFileName({ title: 'A/B: 沙龙?' })).toBe('A B  沙龙.ics')
  })
})

describe('salon map and phone calendar', () => {
  it('links Amap at longitude,latitude with the name encoded', () => {
    const link = mapLink({ latitude: 29.6486, longitude: 106.5608 }, '沙龙 A&B')
    expect(link).toContain('position=106.5608,29.6486')
    expect(link).toContain(`name=${encodeURIComponent('沙龙 A&B')}`)
  })

  it('gives wx.addPhoneCalendar unix seconds and an hour’s warning', () => {
    expect(phoneCalendarEvent(salon)).toEqual({
      title: salon.title,
      startTime: Date.parse('2026-03-05T06:00:00Z') / 1000,
      endTime: String(Date.parse('2026-03-05T09:00:00Z') / 1000),
      description: salon.summary,
      location: salon.location,
      alarm: true,
      alarmOffset: 3600,
    })
  })
})
