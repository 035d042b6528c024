import { Button } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'

import emptyImage from '@/assets/empty.png'

import './async-states.scss'

interface ErrorStateProps {
  message: string
  onRetry?: () => void
}

/** A load that failed: the reason in words a person understands, and a way to try again. */
export function ErrorState({ message, onRetry }: ErrorStateProps) {
  return (
    <View className="error-state" role="alert">
      <Image className="error-state__image" src={emptyImage} mode="aspectFit" />
      <Text className="error-state__title">加载失败</Text>
      <Text className="error-state__message">{message}</Text>
      {onRetry ? (
        <Button type="primary" size="small" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
