import { Button, Empty } from '@nutui/nutui-react-taro'
import { Image, View } from '@tarojs/components'

import emptyImage from '@/assets/empty.png'

interface EmptyStateProps {
  title: string
  description?: string
  actionText?: string
  onAction?: () => void
}

/**
 * What a screen shows when it has nothing yet: what this place is for, and what to do next. Our own
 * illustration, since NutUI's default image is on a CDN that phones on a closed network can't reach.
 */
export function EmptyState({ title, description, actionText, onAction }: EmptyStateProps) {
  return (
    <View className="empty-state">
      <Empty
        title={title}
        description={description}
        image={
          // Decoration: the title says it all (alt="" on H5's <img>, hidden from WeChat's reader).
          <Image
            src={emptyImage}
            mode="aspectFit"
            aria-hidden
            nativeProps={{ alt: '' }}
            style={{ width: '160px', height: '120px' }}
          />
        }
      >
        {actionText && onAction ? (
          <Button type="primary" size="small" onClick={onAction}>
            {actionText}
          </Button>
        ) : null}
      </Empty>
    </View>
  )
}
