import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'

import type { CheckInAttempt } from './use-check-in'

import './check-in-log.scss'

export function CheckInLog({ log }: { log: CheckInAttempt[] }) {
  return (
    <>
      {log.map((attempt) => (
        <View
          key={`${attempt.at}-${attempt.code}`}
          className={`check-in-log ${attempt.ok ? 'check-in-log--ok' : ''}`}
        >
          <View className="check-in-log__title">
            <Text>{attempt.ok ? '✓ ' : '✕ '}</Text>
            <Text>{attempt.title}</Text>
          </View>
          <View className="check-in-log__detail">
            {attempt.detail ? `${attempt.detail} · ` : ''}
            {attempt.code} · {dayjs(attempt.at).format('HH:mm:ss')}
          </View>
        </View>
      ))}
    </>
  )
}
