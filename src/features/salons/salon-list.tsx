import { View } from '@tarojs/components'

import type { Salon } from '@/api/contract/schemas/salon'
import { AsyncView } from '@/components/async-view'

import { SalonCard } from './salon-card'
import type { useSalonList } from './use-salons'

import './salon-list.scss'

interface SalonListProps {
  list: ReturnType<typeof useSalonList>
  empty: { title: string; description?: string; actionText?: string; onAction?: () => void }
  onOpen: (salon: Salon) => void
  footer?: (salon: Salon) => React.ReactNode
}

/** A paged list of salon cards with its four states; the page calls `list.loadMore` at the bottom. */
export function SalonList({ list, empty, onOpen, footer }: SalonListProps) {
  return (
    <AsyncView
      data={list.items}
      error={list.error}
      loading={list.isLoading}
      onRetry={() => void list.mutate()}
      isEmpty={(items) => items.length === 0}
      empty={empty}
    >
      {(items) => (
        <>
          {items.map((salon) => (
            <SalonCard key={salon.id} salon={salon} onTap={() => onOpen(salon)} footer={footer?.(salon)} />
          ))}
          <View className="salon-list__more" role="button" onClick={list.loadMore}>
            {list.hasMore ? (list.isValidating ? '加载中…' : '上拉加载更多') : '没有更多了'}
          </View>
        </>
      )}
    </AsyncView>
  )
}
