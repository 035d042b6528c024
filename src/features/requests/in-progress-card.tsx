import { Text } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import { byUrgency } from './due-date'
import { RequestList } from './request-list'
import { isOpen } from './request-status'
import { useAllRequests, useRefreshOnShow, useRequestUpdates } from './use-requests'

import './in-progress-card.scss'

/** 首页: the owner's open requests, most urgent first, each with its due date (red once overdue). */
export function InProgressCard() {
  const all = useAllRequests()
  useRequestUpdates()
  useRefreshOnShow(() => all.mutate())
  const open = all.data?.filter(isOpen).sort((a, b) => byUrgency(a, b))
  return (
    <SectionCard
      title="办理中的申请"
      extra={
        <Text className="in-progress-card__all" onClick={() => void go(routes.requests())}>
          全部申请
        </Text>
      }
    >
      <AsyncView
        data={open}
        error={all.error}
        loading={all.isLoading}
        onRetry={() => void all.mutate()}
        isEmpty={(list) => list.length === 0}
        empty={{
          title: '还没有办理中的申请',
          description: '在「服务」里选一项，专员当天就会联系您',
          actionText: '去办理',
          onAction: () => void go(routes.services()),
        }}
        skeletonCards={1}
      >
        {(list) => (
          <RequestList
            requests={list.slice(0, 5)}
            onOpen={(request) => void go(routes.requestDetail({ id: request.id }))}
          />
        )}
      </AsyncView>
    </SectionCard>
  )
}
