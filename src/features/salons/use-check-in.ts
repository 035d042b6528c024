import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'

import type { AttendeeBooking } from '@/api/contract/schemas/salon'
import { checkIn, getSalonBookings, getSalons } from '@/api/endpoints/salons'
import { toApiError } from '@/api/http/api-error'

export interface CheckInAttempt {
  code: string
  ok: boolean
  title: string
  detail?: string
  at: number
}

async function allBookings(salonId: string): Promise<AttendeeBooking[]> {
  const all: AttendeeBooking[] = []
  let cursor: string | undefined
  do {
    const page = await getSalonBookings(salonId, { limit: 100, cursor })
    all.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return all
}

/** On a miss: is the code someone's booking of another salon (a wrong door), or nobody's at all? */
async function otherSalonOf(code: string, salonId: string): Promise<string | undefined> {
  const { items } = await getSalons({ status: 'published', when: 'upcoming', limit: 50 })
  for (const salon of items.filter((s) => s.id !== salonId)) {
    if ((await allBookings(salon.id)).some((b) => b.checkInCode === code)) return salon.title
  }
  return undefined
}

/**
 * Checks one code in for the salon the admin is at. POST /check-ins knows only the code, so a code
 * of another salon would be checked in there: the salon's own list is asked first and a stranger's
 * code refused before anything is written. Every attempt, good or bad, goes on the screen's log.
 */
export function useCheckIn(salonId: string | undefined) {
  const [log, setLog] = useState<CheckInAttempt[]>([])
  const [busy, setBusy] = useState(false)
  const running = useRef(false)

  const record = (attempt: Omit<CheckInAttempt, 'at'>) =>
    setLog((previous) => [{ ...attempt, at: Date.now() }, ...previous].slice(0, 30))

  async function submit(raw: string): Promise<boolean> {
    const code = raw.trim().toUpperCase()
    if (!salonId || !code || running.current) return false
    running.current = true
    setBusy(true)
    try {
      const match = (await allBookings(salonId)).find((b) => b.checkInCode === code)
      if (!match) {
        const other = await otherSalonOf(code, salonId)
        record(
          other
            ? { code, ok: false, title: '不是本场沙龙的签到码', detail: `该签到码属于「${other}」` }
            : { code, ok: false, title: '签到码无效', detail: '请核对后重新输入' },
        )
        return false
      }
      const who = `${match.userName} · ${match.enterpriseName}`
      if (match.status === 'checked_in') {
        record({ code, ok: false, title: '已签到过，请勿重复签到', detail: who })
        return false
      }
      if (match.status === 'waitlisted') {
        record({ code, ok: false, title: '候补中，未获得席位，不能签到', detail: who })
        return false
      }
      if (match.status === 'cancelled') {
        record({ code, ok: false, title: '该报名已取消，不能签到', detail: who })
        return false
      }
      const result = await checkIn(code)
      record({
        code,
        ok: true,
        title: `${result.booking.userName} 签到成功`,
        detail: result.booking.enterpriseName,
      })
      return true
    } catch (error) {
      record({ code, ok: false, title: '签到失败', detail: toApiError(error).message })
      return false
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  /** WeChat's scanner reads the QR the owner shows; H5 has no camera API here, so it types instead. */
  async function scan(): Promise<void> {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await submit(result)
    } catch {
      // Closing the scanner is not an error worth a message.
    }
  }

  return { log, busy, submit, scan }
}
