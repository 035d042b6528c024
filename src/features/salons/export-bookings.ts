import Taro from '@tarojs/taro'

import type { Salon } from '@/api/contract/schemas/salon'
import { exportSalonBookings } from '@/api/endpoints/salons'

/**
 * H5 downloads the CSV as a file; a mini-program can't write a file the user can find, so WeChat
 * puts the CSV on the clipboard to paste into a chat or a document.
 */
export async function exportBookings(salon: Pick<Salon, 'id' | 'title'>): Promise<'downloaded' | 'copied'> {
  const csv = String(await exportSalonBookings(salon.id))
  if (process.env.TARO_ENV === 'h5') {
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `${salon.title}-报名名单.csv`
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    return 'downloaded'
  }
  await Taro.setClipboardData({ data: csv.replace(/^\uFEFF/, '') })
  return 'copied'
}
