import { Text } from '@tarojs/components'

import type { RequestStatus } from '@/api/contract/schemas/service-request'

import { STATUS_LABELS } from './request-status'

import './status-tag.scss'

export function StatusTag({ status }: { status: RequestStatus }) {
  return <Text className={`status-tag status-tag--${status}`}>{STATUS_LABELS[status]}</Text>
}
