import { Text, View } from '@tarojs/components'

import { STATUS_LABELS } from '@/api/contract/rules/labels'
import { useServiceRequest, useServiceTypes } from '@/features/requests/use-requests'
import { go } from '@/navigation/go'
import { requestPageFor } from '@/navigation/routes'
import { useSessionStore } from '@/stores/session-store'

import './request-card-message.scss'

/**
 * Service type names for cards, from the requests feature's own cache: a request card and the
 * request's page share one fetch.
 */
export function useServiceTypeNames(): Record<string, string> {
  const { data } = useServiceTypes()
  return Object.fromEntries((data ?? []).map((type) => [type.code, type.name]))
}

/** Each role has its own request page. */
export function openRequest(requestId: string): void {
  void go(requestPageFor(useSessionStore.getState().user?.role, requestId))
}

/** A request card in the chat: number, type and live status; a tap opens the request. */
export function RequestCardMessage({ requestId }: { requestId: string }) {
  const { data, error } = useServiceRequest(requestId)
  const names = useServiceTypeNames()
  return (
    <View className="request-card-message" onClick={() => openRequest(requestId)}>
      <Text className="request-card-message__label">服务申请</Text>
      {/* The same three lines while loading, so the card doesn't grow under the user's eyes. */}
      <Text className="request-card-message__type">
        {data ? (names[data.serviceType] ?? data.serviceType) : '…'}
      </Text>
      <View className="request-card-message__row">
        <Text className="request-card-message__number">
          {data?.number ?? (error ? '加载失败，点击查看' : '加载中…')}
        </Text>
        {data ? (
          <Text className={`request-card-message__status request-card-message__status--${data.status}`}>
            {STATUS_LABELS[data.status]}
          </Text>
        ) : null}
      </View>
    </View>
  )
}
