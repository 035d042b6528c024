import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'
import { publishSalon } from '@/api/endpoints/salons'
import { notifyError, notifySuccess } from '@/components/notify'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import './admin-salon-actions.scss'

interface AdminSalonActionsProps {
  salon: Salon
  onChanged: () => void
  onCancel: (salon: Salon) => void
}

/** What an admin can do with one salon, by its state; taps stop here so the card doesn't open too. */
export function AdminSalonActions({ salon, onChanged, onCancel }: AdminSalonActionsProps) {
  const [publishing, setPublishing] = useState(false)
  const ended = Date.parse(salon.endAt) < Date.now()

  async function publish() {
    if (publishing) return
    setPublishing(true)
    try {
      await publishSalon(salon.id)
      notifySuccess('已发布')
      onChanged()
    } catch (error) {
      notifyError(error)
    } finally {
      setPublishing(false)
    }
  }

  return (
    <View className="admin-salon-actions" onClick={(event) => event.stopPropagation()}>
      {salon.status !== 'draft' ? (
        <View className="admin-salon-actions__counts">
          已确认 {salon.bookedCount}/{salon.capacity} · 候补 {salon.waitlistCount}
        </View>
      ) : null}
      {salon.status !== 'cancelled' && !ended ? (
        <Button size="small" onClick={() => void go(routes.salonForm({ id: salon.id }))}>
          编辑
        </Button>
      ) : null}
      {salon.status !== 'cancelled' ? (
        <Button size="small" onClick={() => void go(routes.salonProgram({ id: salon.id }))}>
          资料
        </Button>
      ) : null}
      {salon.status === 'draft' ? (
        <Button size="small" type="primary" loading={publishing} onClick={() => void publish()}>
          发布
        </Button>
      ) : null}
      {salon.status !== 'draft' ? (
        <Button size="small" onClick={() => void go(routes.salonBookings({ salonId: salon.id }))}>
          报名名单
        </Button>
      ) : null}
      {salon.status === 'published' && ended ? (
        <Button size="small" onClick={() => void go(routes.salonFeedback({ id: salon.id }))}>
          反馈
        </Button>
      ) : null}
      {salon.status === 'published' && !ended ? (
        <Button size="small" onClick={() => void go(routes.checkIn({ salonId: salon.id }))}>
          签到
        </Button>
      ) : null}
      {salon.status !== 'cancelled' && !ended ? (
        <Button size="small" className="admin-salon-actions__cancel" onClick={() => onCancel(salon)}>
          取消
        </Button>
      ) : null}
    </View>
  )
}
