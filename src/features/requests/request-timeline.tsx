import { Text, View } from '@tarojs/components'

import type { TimelineEvent } from '@/api/contract/schemas/service-request'

import { formatTime } from './due-date'
import { FileChips } from './file-chips'
import { TIMELINE_LABELS } from './request-status'

import './request-timeline.scss'

/** Who did what and when, newest on top, with the notes and files that came with it. */
export function RequestTimeline({ events }: { events: TimelineEvent[] }) {
  const newestFirst = [...events].reverse()
  return (
    <View className="request-timeline">
      {newestFirst.map((event, index) => (
        <View key={event.id} className={`request-timeline__item${index === 0 ? ' is-latest' : ''}`}>
          <View className="request-timeline__dot" />
          <View className="request-timeline__body">
            <View className="request-timeline__line">
              <Text className="request-timeline__action">{TIMELINE_LABELS[event.action]}</Text>
              <Text className="request-timeline__actor">{event.actorName}</Text>
            </View>
            <Text className="request-timeline__time">{formatTime(event.at)}</Text>
            {event.note ? <Text className="request-timeline__note">{event.note}</Text> : null}
            <FileChips files={event.attachments ?? []} />
          </View>
        </View>
      ))}
    </View>
  )
}
