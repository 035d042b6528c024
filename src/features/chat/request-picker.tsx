import { ScrollView, Text, View } from '@tarojs/components'
import useSWR from 'swr'

import { STATUS_LABELS } from '@/api/contract/rules/labels'
import { getServiceRequests } from '@/api/endpoints/service-requests'
import { toApiError } from '@/api/http/api-error'

import { useServiceTypeNames } from './request-card-message'

import './chat-panels.scss'

/** The enterprise's requests, newest first; picking one sends it as a card. */
export function RequestPicker({
  enterpriseId,
  onPick,
}: {
  enterpriseId: string
  onPick: (id: string) => void
}) {
  const { data, error } = useSWR(['chat-requests', enterpriseId], () =>
    getServiceRequests({ enterpriseId, limit: 50 }),
  )
  const names = useServiceTypeNames()
  const items = data?.items ?? []
  return (
    <View className="chat-panel">
      <View className="chat-panel__head">
        <Text className="chat-panel__title">发送服务申请</Text>
      </View>
      <ScrollView scrollY className="chat-panel__list">
        {error ? <Text className="chat-panel__hint">{toApiError(error).message}</Text> : null}
        {!data && !error ? <Text className="chat-panel__hint">加载中…</Text> : null}
        {data && items.length === 0 ? <Text className="chat-panel__hint">该企业还没有服务申请</Text> : null}
        {items.map((request) => (
          <View key={request.id} className="chat-panel__row" onClick={() => onPick(request.id)}>
            <Text className="chat-panel__text">{names[request.serviceType] ?? request.serviceType}</Text>
            <Text className="chat-panel__meta">
              {request.number} · {STATUS_LABELS[request.status]}
            </Text>
          </View>
        ))}
      </ScrollView>
    </View>
  )
}
