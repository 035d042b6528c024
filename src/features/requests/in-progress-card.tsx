import { Text } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import { byUrgency } from './due-date'
import { awaitsOwner } from './materials-request'
import { OwnerTodos, openRequest } from './owner-todos'
import { RequestList } from './request-list'
import { isOpen } from './request-status'
import { useAllRequests, useRefreshOnShow, useRequestUpdates } from './use-requests'

import './in-progress-card.scss'

/** 首页's first card: the requests waiting for the owner's materials, if any (the same load as below). */
export function TodoCard() {
  const all = useAllRequests()
  return <OwnerTodos requests={all.data?.filter(awaitsOwner) ?? []} />
}

/**
 * 首页: the owner's other open requests, most urgent first, each with its due date (red once overdue).
 * Those waiting for the owner are in the TodoCard above, not repeated here.
 */
export function InProgressCard() {
  const all = useAllRequests()
  useRequestUpdates()
  useRefreshOnShow(() => all.mutate())
  const open = all.data?.filter((request) => isOpen(request) && !awaitsOwner(request)).sort(byUrgency)
  const owes = all.data?.some(awaitsOwner) ?? false
  return (
    <SectionCard
      title="办理中的申请"
      extra={
        <Text className="in-progress-card__all" onClick={() => void go(routes.requests())}>
          全部申请
        </Text>
      }
    >
      {owes && open?.length === 0 ? (
        // The card above holds all there is: a line, not the big empty picture.
        <Text style={{ display: 'block', padding: '12px 0', fontSize: '14px', color: '#4e5969' }}>
          没有其他办理中的申请
        </Text>
      ) : (
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
          {(list) => <RequestList requests={list.slice(0, 5)} onOpen={openRequest} />}
        </AsyncView>
      )}
    </SectionCard>
  )
}
