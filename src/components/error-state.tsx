import { Button } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'

import errorImage from '@/assets/error.png'

import { goBack } from './go-back'

import './async-states.scss'

interface ErrorStateProps {
  message: string
  /** The HTTP status (0: no answer). A 404 can't be retried away, so it offers 返回 instead. */
  status?: number
  onRetry?: () => void
}

/**
 * A load that failed. What is gone (404) says so and leads back; anything else (no network, the
 * server's trouble) gives the reason in words a person understands and a way to try again.
 */
export function ErrorState({ message, status, onRetry }: ErrorStateProps) {
  const gone = status === 404
  return (
    <View className="error-state" role="alert">
      {/* Decoration: the words below say it all (alt="" on H5's <img>, hidden from WeChat's reader). */}
      <Image
        className="error-state__image"
        src={errorImage}
        mode="aspectFit"
        aria-hidden
        nativeProps={{ alt: '' }}
      />
      <Text className="error-state__title">{gone ? '该内容不存在或已被删除' : '加载失败'}</Text>
      {gone ? null : <Text className="error-state__message">{message}</Text>}
      {gone ? (
        <Button type="primary" size="large" className="error-state__action" onClick={goBack}>
          返回
        </Button>
      ) : onRetry ? (
        <Button type="primary" size="large" className="error-state__action" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
