import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'

import './async-states.scss'

interface LoadingSkeletonProps {
  /** How many placeholder cards; roughly what the first screenful will hold. */
  cards?: number
}

/** Grey cards where the content will be, so the screen doesn't jump when data arrives. */
export function LoadingSkeleton({ cards = 3 }: LoadingSkeletonProps) {
  return (
    <View className="loading-skeleton" aria-busy="true" aria-label="加载中">
      {Array.from({ length: cards }, (_, index) => (
        <View key={index} className="loading-skeleton__card">
          <Skeleton rows={3} animated />
        </View>
      ))}
    </View>
  )
}
