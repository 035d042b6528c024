import type { Salon } from '@/api/contract/schemas/salon'
import { posterContent, qrModules } from '@/features/salons/poster/poster-content'
import {
  drawPoster,
  POSTER_HEIGHT,
  POSTER_WIDTH,
  QR_BOX,
  wrapText,
  type PosterContent,
} from '@/features/salons/poster/poster-draw'

import { RecordingContext } from '../../support/recording-canvas'

const LINK = 'https://qfgj.example.cn/#/pages/salons/detail/index?id=sal-01'

const content = (over: Partial<PosterContent> = {}): PosterContent => ({
  title: '低空经济政策解读会',
  summary: '政策、场景与融资，一场讲透',
  time: '5月10日 14:00–16:30',
  place: '两江新区互联网产业园 3 号楼',
  speakers: '王研究员、李明',
  qr: qrModules(LINK),
  ...over,
})

/** The dark modules back from the black rectangles inside the QR's box. */
function qrFromRects(ctx: RecordingContext, count: number): boolean[][] {
  const cell = Math.floor(QR_BOX.size / (count + 4))
  const offset = Math.floor((QR_BOX.size - cell * count) / 2)
  const grid = Array.from({ length: count }, () => Array.from({ length: count }, () => false))
  for (const r of ctx.rects('#000000')) {
    expect(r.h).toBe(cell)
    const row = (r.y - QR_BOX.y - offset) / cell
    const start = (r.x - QR_BOX.x - offset) / cell
    expect(Number.isInteger(row) && Number.isInteger(start)).toBe(true)
    for (let c = start; c < start + r.w / cell; c += 1) grid[row]![c] = true
  }
  return grid
}

describe('drawPoster', () => {
  it('writes title, time, place and speakers top to bottom, each under its label', () => {
    const ctx = new RecordingContext()
    drawPoster(ctx, content())
    const texts = ctx.texts()
    const at = (text: string) => texts.find((t) => t.text === text)
    const title = at('低空经济政策解读会')
    expect(title).toMatchObject({ x: 40, font: expect.stringContaining('bold 38px') })
    const summary = at('政策、场景与融资，一场讲透')
    expect(summary).toMatchObject({ x: 40, font: expect.stringContaining('24px') })
    const time = at('5月10日 14:00–16:30')
    const place = at('两江新区互联网产业园 3 号楼')
    const speakers = at('王研究员、李明')
    expect(time && place && speakers).toBeTruthy()
    expect(title!.y).toBeLessThan(summary!.y)
    expect(summary!.y).toBeLessThan(time!.y)
    expect(time!.y).toBeLessThan(place!.y)
    expect(place!.y).toBeLessThan(speakers!.y)
    // Each value sits beside its label on the same line.
    for (const [label, value] of [
      ['时间', time],
      ['地点', place],
      ['嘉宾', speakers],
    ] as const) {
      expect(at(label)).toMatchObject({ x: 40, y: value!.y })
      expect(value!.x).toBeGreaterThan(40)
    }
    // Everything above the QR, and the caption beside it.
    expect(speakers!.y + 38).toBeLessThan(QR_BOX.y)
    expect(at('扫码查看并报名')!.x).toBeGreaterThan(QR_BOX.x + QR_BOX.size)
  })

  it('leaves the 嘉宾 line out when the salon names no speaker', () => {
    const ctx = new RecordingContext()
    drawPoster(ctx, content({ speakers: '' }))
    expect(ctx.texts().map((t) => t.text)).not.toContain('嘉宾')
  })

  it('paints the whole poster white first, so the PNG has no transparent corners', () => {
    const ctx = new RecordingContext()
    drawPoster(ctx, content())
    expect(ctx.drawn[0]).toEqual({
      op: 'rect',
      x: 0,
      y: 0,
      w: POSTER_WIDTH,
      h: POSTER_HEIGHT,
      fill: '#ffffff',
    })
  })

  it('wraps a long title over at most three lines inside the margins, the last one cut with …', () => {
    const long =
      '成渝地区双城经济圈低空经济与智能网联新能源汽车产业链上下游企业供需对接暨政策解读专场沙龙第三期'
    const ctx = new RecordingContext()
    drawPoster(ctx, content({ title: long }))
    const lines = ctx.texts().filter((t) => t.font.includes('bold 38px'))
    expect(lines).toHaveLength(3)
    ctx.font = lines[0]!.font
    for (const line of lines) expect(ctx.measureText(line.text).width).toBeLessThanOrEqual(POSTER_WIDTH - 80)
    expect(lines[2]!.text.endsWith('…')).toBe(true)
    // Nothing lost before the cut: the lines read as the title's beginning.
    expect(
      long.startsWith(
        lines
          .map((l) => l.text)
          .join('')
          .replace(/…$/, ''),
      ),
    ).toBe(true)
    expect(lines[1]!.y - lines[0]!.y).toBe(52)
  })

  it('draws the QR module for module, dark runs as rectangles inside its box', () => {
    const ctx = new RecordingContext()
    const modules = qrModules(LINK)
    drawPoster(ctx, content({ qr: modules }))
    for (const r of ctx.rects('#000000')) {
      expect(r.x).toBeGreaterThanOrEqual(QR_BOX.x)
      expect(r.x + r.w).toBeLessThanOrEqual(QR_BOX.x + QR_BOX.size)
      expect(r.y + r.h).toBeLessThanOrEqual(QR_BOX.y + QR_BOX.size)
    }
    expect(qrFromRects(ctx, modules.length)).toEqual(modules)
  })

  it('covers the top band with the salon picture, cropped from its centre', () => {
    const ctx = new RecordingContext()
    const picture = { width: 1200, height: 1200 }
    drawPoster(ctx, content(), picture)
    const image = ctx.drawn.find((d) => d.op === 'image')
    // A square picture into a 600 × 330 band: full width, the middle 660 px of its height.
    expect(image).toEqual({ op: 'image', image: picture, args: [0, 270, 1200, 660, 0, 0, 600, 330] })
    expect(ctx.texts().map((t) => t.text)).not.toContain('企业家沙龙')
  })

  it('without a picture, the band is the brand colour with 企业家沙龙 on it', () => {
    const ctx = new RecordingContext()
    drawPoster(ctx, content())
    expect(ctx.drawn.some((d) => d.op === 'image')).toBe(false)
    expect(ctx.rects('#1a5fb4')).toEqual([{ op: 'rect', x: 0, y: 0, w: 600, h: 330, fill: '#1a5fb4' }])
    expect(ctx.texts()[0]).toMatchObject({ text: '企业家沙龙', fill: '#ffffff' })
  })
})

describe('wrapText', () => {
  const ctx = new RecordingContext()
  ctx.font = '20px sans-serif'

  it('keeps a short text on one line', () => {
    expect(wrapText(ctx, '短标题', 200, 3)).toEqual(['短标题'])
  })

  it('breaks between characters at the width, mixed Latin and Chinese', () => {
    // 20px per CJK character, 10px per Latin one: 100px holds five CJK characters.
    expect(wrapText(ctx, '一二三四五六七八AB', 100, 3)).toEqual(['一二三四五', '六七八AB'])
  })

  it('does not start a line with the space it broke at', () => {
    expect(wrapText(ctx, 'abcdefghij klm', 100, 3)).toEqual(['abcdefghij', 'klm'])
  })
})

describe('posterContent', () => {
  const salon = {
    id: 'sal-01',
    title: '沙龙',
    summary: '简介',
    description: '',
    speakers: ['王研究员'],
    speakerProfiles: [{ name: '王研究员', title: '首席研究员' }, { name: '李明' }],
    location: '两江新区',
    startAt: '2030-05-10T14:00:00+08:00',
    endAt: '2030-05-10T16:30:00+08:00',
    bookingDeadline: '2030-05-09T18:00:00+08:00',
    capacity: 10,
    status: 'published',
    bookedCount: 0,
    waitlistCount: 0,
  } as Salon

  it('names the speakers from their profiles, the time as a range, and carries the link as a QR', () => {
    const c = posterContent(salon, LINK)
    expect(c).toMatchObject({ title: '沙龙', summary: '简介', place: '两江新区', speakers: '王研究员、李明' })
    expect(c.time).toMatch(/^5月10日 \d\d:\d\d–\d\d:\d\d$/)
    expect(c.qr).toEqual(qrModules(LINK))
    // A different link is a different code.
    expect(qrModules(`${LINK}2`)).not.toEqual(c.qr)
  })
})
