import { Button, Empty } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'

interface EmptyStateProps {
  title: string
  description?: string
  actionText?: string
  onAction?: () => void
}

/** What a screen shows when it has nothing yet: what this place is for, and what to do next. */
export function EmptyState({ title, description, actionText, onAction }: EmptyStateProps) {
  return (
    <View className="empty-state">
      <Empty title={title} description={description} imageSize={120}>
        {actionText && onAction ? (
          <Button type="primary" size="small" onClick={onAction}>
            {actionText}
          </Button>
        ) : null}
      </Empty>
    </View>
  )
}
