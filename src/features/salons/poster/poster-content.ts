import qrcode from 'qrcode-generator'

import type { Salon } from '@/api/contract/schemas/salon'

import { formatRange } from '../salon-format'

import type { PosterContent } from './poster-draw'

/** What the poster says about a salon, and the QR of the link that opens it. */
export function posterContent(salon: Salon, link: string): PosterContent {
  const names = salon.speakerProfiles?.length ? salon.speakerProfiles.map((s) => s.name) : salon.speakers
  return {
    title: salon.title,
    summary: salon.summary,
    time: formatRange(salon.startAt, salon.endAt),
    place: salon.location,
    speakers: names.join('、'),
    qr: qrModules(link),
  }
}

/** qrcode-generator's modules for `text` (type 0: the smallest version that fits; level M). */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const count = qr.getModuleCount()
  return Array.from({ length: count }, (_, r) => Array.from({ length: count }, (_, c) => qr.isDark(r, c)))
}
