import { Button } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import type { Visit, VisitProblem } from '@/api/contract/schemas/visit'
import { previewImage } from '@/utils/preview-image'

import { PROBLEM_CATEGORY_LABELS, visitWhen } from './visit-format'

import './visit-card.scss'

interface VisitCardProps {
  visit: Visit
  /** The specialist: turn a problem into a request raised for the enterprise. */
  onRaise?: (visit: Visit, problem: VisitProblem) => void
  /** Open the request raised for a problem. */
  onOpenRequest?: (requestId: string) => void
  /** The specialist: edit a visit (record a planned one). */
  onEdit?: (visit: Visit) => void
  /** Shown under the problem with this id (the service chooser while raising it). */
  chooserFor?: string
  chooser?: ReactNode
}

/** One visit: when and how, who was met, what was discussed, photos, and the problems found. */
export function VisitCard(props: VisitCardProps) {
  const { visit, onRaise, onOpenRequest, onEdit, chooserFor, chooser } = props
  const urls = visit.photos.map((p) => p.url)
  return (
    <View
      className={`visit-card is-${visit.status}`}
      role="article"
      aria-label={`${visit.purpose}，${visitWhen(visit)}`}
    >
      <View className="visit-card__head">
        <Text className="visit-card__purpose">{visit.purpose}</Text>
        <Text className={`visit-card__tag is-${visit.status}`}>
          {visit.status === 'planned' ? '计划' : '已走访'}
        </Text>
      </View>
      <Text className="visit-card__when">
        {visitWhen(visit)} · {visit.specialistName}
      </Text>
      {visit.metWith ? <Text className="visit-card__line">接待：{visit.metWith}</Text> : null}
      {visit.notes ? <Text className="visit-card__notes">{visit.notes}</Text> : null}
      {visit.photos.length ? (
        <View className="visit-card__photos">
          {visit.photos.map((photo) => (
            <View
              key={photo.id}
              role="button"
              aria-label={`查看照片 ${photo.name}`}
              // The project's viewer: on H5 it loads Taro's Swiper only when a photo is opened.
              onClick={() => void previewImage({ current: photo.url, urls })}
            >
              <Image
                className="visit-card__photo"
                src={photo.url}
                mode="aspectFill"
                nativeProps={{ alt: photo.name }}
              />
            </View>
          ))}
        </View>
      ) : null}
      {visit.problems.length ? (
        <View className="visit-card__problems">
          <Text className="visit-card__subtitle">发现的问题</Text>
          {visit.problems.map((problem) => (
            <View key={problem.id}>
              <View className="visit-card__problem">
                <View className="visit-card__problem-text">
                  <Text className="visit-card__category">{PROBLEM_CATEGORY_LABELS[problem.category]}</Text>
                  <Text className="visit-card__description">{problem.description}</Text>
                </View>
                {problem.requestId ? (
                  <View
                    className="visit-card__raised"
                    role="link"
                    onClick={() => problem.requestId && onOpenRequest?.(problem.requestId)}
                  >
                    已发起申请 ›
                  </View>
                ) : onRaise ? (
                  <Button size="small" type="primary" fill="outline" onClick={() => onRaise(visit, problem)}>
                    代为发起申请
                  </Button>
                ) : null}
              </View>
              {chooserFor === problem.id ? chooser : null}
            </View>
          ))}
        </View>
      ) : null}
      {onEdit ? (
        <View className="visit-card__ops">
          <Button size="small" fill="outline" onClick={() => onEdit(visit)}>
            {visit.status === 'planned' ? '填写走访记录' : '修改记录'}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
