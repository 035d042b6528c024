import { Text, View } from '@tarojs/components'

import type { AgendaItem, SpeakerProfile } from '@/api/contract/schemas/salon'

import './salon-program.scss'

/** 议程: one line a slot, the time first so the eye runs down the left edge. */
export function SalonAgenda({ agenda }: { agenda: AgendaItem[] }) {
  return (
    <View className="salon-program" role="list" aria-label="议程">
      {agenda.map((item, i) => (
        <View key={`${item.time}-${i}`} className="salon-program__slot" role="listitem">
          <Text className="salon-program__time">{item.time}</Text>
          <View className="salon-program__body">
            <Text className="salon-program__topic">{item.topic}</Text>
            {item.speaker ? <Text className="salon-program__sub">{item.speaker}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}

/** 分享嘉宾: name, then title and organisation on the line under it. */
export function SalonSpeakers({ speakers }: { speakers: SpeakerProfile[] }) {
  return (
    <View className="salon-program" role="list" aria-label="分享嘉宾">
      {speakers.map((speaker, i) => (
        <View key={`${speaker.name}-${i}`} className="salon-program__speaker" role="listitem">
          <View className="salon-program__avatar" aria-hidden>
            {speaker.name.slice(0, 1)}
          </View>
          <View className="salon-program__body">
            <Text className="salon-program__topic">{speaker.name}</Text>
            {speaker.title || speaker.organisation ? (
              <Text className="salon-program__sub">
                {[speaker.organisation, speaker.title].filter(Boolean).join(' · ')}
              </Text>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  )
}
