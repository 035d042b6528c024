import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'

import { checkIn } from '@/api/endpoints/salons'
import { toApiError } from '@/api/http/api-error'

export interface CheckInAttempt {
  code: string
  ok: boolean
  title: string
  detail?: string
  at: number
}

/** What the admin reads on a refusal: the backend's reason, and which salon a stranger's code is for. */
function refusal(code: string, error: unknown): Omit<CheckInAttempt, 'at'> {
  const { code: errorCode, message, details } = toApiError(error)
  const detail =
    errorCode === 'VALIDATION_FAILED' && Array.isArray(details)
      ? (details as { message?: unknown }[])
          .map((d) => d.message)
          .find((m): m is string => typeof m === 'string')
      : errorCode === 'NOT_FOUND'
        ? '请核对后重新输入'
        : undefined
  return { code, ok: false, title: message, ...(detail ? { detail } : {}) }
}

/**
 * Checks one code in for the salon the admin is at. POST /check-ins names the salon, so the backend
 * refuses another salon's code (and a repeat, a waitlisted or a cancelled booking) before it writes
 * anything. Every attempt, good or bad, goes on the screen's log.
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
      const result = await checkIn(salonId, code)
      record({
        code,
        ok: true,
        title: `${result.booking.userName} 签到成功`,
        detail: result.booking.enterpriseName,
      })
      return true
    } catch (error) {
      record(refusal(code, error))
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
