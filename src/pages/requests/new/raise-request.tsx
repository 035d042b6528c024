import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

import type { ServiceRequest, ServiceTypeCode } from '@/api/contract/schemas/service-request'
import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { RequestForm } from '@/features/requests/request-form'
import { useServiceTypes } from '@/features/requests/use-requests'
import { useMe } from '@/features/session/use-me'

interface RaiseRequestProps {
  enterpriseId: string
  visitId?: string
  problemId?: string
  initialType?: string
  onCreated: (request: ServiceRequest) => void
}

/**
 * A request raised on the enterprise's behalf: the service the specialist picks and the same form an
 * owner fills, sent as the specialist's (linked to the visit's problem, if it answers one).
 */
export function RaiseRequest({
  enterpriseId,
  visitId,
  problemId,
  initialType,
  onCreated,
}: RaiseRequestProps) {
  const me = useMe()
  const types = useServiceTypes()
  const [picked, setPicked] = useState(initialType as ServiceTypeCode | undefined)
  // The page's configured title is the owner's (服务申请); here it says what the specialist is doing.
  useEffect(() => void Taro.setNavigationBarTitle({ title: '代为发起申请' }).catch(() => undefined), [])
  const enterprise = me.data?.enterprises?.find((e) => e.id === enterpriseId)
  const type = types.data?.find((t) => t.code === picked)
  return (
    <>
      {/* The owners' form page, shared so the form ships once: no more of the visits feature than ids. */}
      <PageBanner
        title="代为发起申请"
        subtitle={[enterprise?.name, problemId ? '针对走访发现的问题' : ''].filter(Boolean).join(' · ')}
      />
      <AsyncView query={types} empty={{ title: '暂无服务事项' }}>
        {(list) => (
          <>
            <SectionCard title="服务事项">
              {/* The form's own choice chips (form-field.scss), so this page adds no styles. */}
              <View className="form-field__options" role="radiogroup" aria-label="服务事项">
                {list.map((t) => (
                  <View
                    key={t.code}
                    role="radio"
                    aria-checked={t.code === picked}
                    className={`form-field__option${t.code === picked ? ' is-selected' : ''}`}
                    onClick={() => setPicked(t.code)}
                  >
                    {t.name}
                  </View>
                ))}
              </View>
              {type ? null : <Text className="form-field__label">选择要代企业办理的服务</Text>}
            </SectionCard>
            {type ? (
              <RequestForm
                key={type.code}
                type={type}
                raise={{ enterpriseId, visitId, problemId }}
                onCreated={onCreated}
              />
            ) : null}
          </>
        )}
      </AsyncView>
    </>
  )
}
