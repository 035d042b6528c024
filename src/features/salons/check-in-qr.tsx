import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

import './check-in-qr.scss'

interface CheckInQrProps {
  code: string
  /** Edge length in px at the 750 design width. */
  size?: number
}

/**
 * The booking's check-in code as a QR drawn with Views: qrcode-generator computes the modules in
 * plain JS, so it needs no canvas and looks the same in WeChat and H5. Rows are runs of dark modules,
 * which keeps the node count (and setData) small.
 */
export function CheckInQr({ code, size = 360 }: CheckInQrProps) {
  const rows = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(code)
    qr.make()
    const count = qr.getModuleCount()
    return Array.from({ length: count }, (_, row) => {
      const runs: { start: number; length: number }[] = []
      for (let col = 0; col < count; col += 1) {
        if (!qr.isDark(row, col)) continue
        const last = runs[runs.length - 1]
        if (last && last.start + last.length === col) last.length += 1
        else runs.push({ start: col, length: 1 })
      }
      return { runs, count }
    })
  }, [code])
  const count = rows.length
  // Whole design px per module, so rows meet without seams; four modules of quiet zone on each side.
  const cell = Math.max(2, Math.floor(size / (count + 8)))
  const px = (n: number) => designPx(n * cell)
  return (
    <View
      className="check-in-qr"
      role="img"
      aria-label="签到二维码"
      style={{ width: px(count + 8), height: px(count + 8), padding: px(4) }}
    >
      {rows.map(({ runs }, row) =>
        runs.map((run) => (
          <View
            key={`${row}-${run.start}`}
            className="check-in-qr__run"
            style={{ top: px(row + 4), left: px(run.start + 4), width: px(run.length), height: px(1) }}
          />
        )),
      )}
    </View>
  )
}

/** Inline styles skip Taro's px conversion; pxTransform does it, once the app has configured it. */
function designPx(value: number): string {
  try {
    return Taro.pxTransform(value)
  } catch {
    return `${value / 2}px` // not configured (unit tests): 750 design px on a 375 px screen
  }
}
