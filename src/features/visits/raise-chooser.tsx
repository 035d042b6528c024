import { Text, View } from '@tarojs/components'

import type { VisitProblem } from '@/api/contract/schemas/visit'

import { PROBLEM_CATEGORY_LABELS } from './visit-format'

import './raise-chooser.scss'

interface RaiseChooserProps {
  problem: VisitProblem
  /** The catalogue (the page hands it in from the requests feature). */
  types: readonly { code: string; name: string }[]
  onPick: (code: string) => void
  onCancel: () => void
}

/** Which service answers a problem found on a visit: one tap opens its form, raised for the owner. */
export function RaiseChooser({ problem, types, onPick, onCancel }: RaiseChooserProps) {
  return (
    <View className="raise-chooser" role="group" aria-label="选择代为发起的服务">
      <Text className="raise-chooser__problem">
        {PROBLEM_CATEGORY_LABELS[problem.category]}：{problem.description}
      </Text>
      <Text className="raise-chooser__hint">选择要代企业办理的服务</Text>
      <View className="raise-chooser__types" role="radiogroup" aria-label="服务事项">
        {types.map((t) => (
          <View
            key={t.code}
            role="radio"
            aria-checked={false}
            className="raise-chooser__type"
            onClick={() => onPick(t.code)}
          >
            {t.name}
          </View>
        ))}
      </View>
      <View className="raise-chooser__cancel" role="button" onClick={onCancel}>
        取消
      </View>
    </View>
  )
}
