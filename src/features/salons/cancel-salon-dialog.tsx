import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'
import { cancelSalon } from '@/api/endpoints/salons'
import { notifyError, notifySuccess } from '@/components/notify'

import './cancel-salon-dialog.scss'

interface CancelSalonDialogProps {
  salon: Salon | undefined
  onClose: () => void
  onCancelled: () => void
}

/** Cancelling needs a reason: every booked owner sees it on the salon. */
export function CancelSalonDialog({ salon, onClose, onCancelled }: CancelSalonDialogProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function confirm() {
    if (!salon || busy) return
    if (!reason.trim()) {
      setError('请填写取消原因，已报名的企业家会看到')
      return
    }
    setBusy(true)
    try {
      await cancelSalon(salon.id, reason.trim())
      notifySuccess('已取消')
      setReason('')
      onCancelled()
    } catch (err) {
      notifyError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      visible={Boolean(salon)}
      className="cancel-salon-dialog__box"
      title={`取消「${salon?.title ?? ''}」`}
      confirmText="确认取消沙龙"
      cancelText="不取消"
      onConfirm={() => void confirm()}
      onCancel={onClose}
      // NutUI calls onClose after every confirm; the dialog closes only once the cancel succeeded.
      onClose={() => undefined}
    >
      <View className="cancel-salon-dialog">
        <TextArea
          className="cancel-salon-dialog__reason"
          value={reason}
          placeholder="取消原因（已报名的企业家会看到）"
          maxLength={200}
          onChange={(value) => {
            setReason(value)
            setError('')
          }}
        />
        {error ? <View className="salon-form__error">{error}</View> : null}
      </View>
    </Dialog>
  )
}
