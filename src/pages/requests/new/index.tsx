import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { RequestForm } from '@/features/requests/request-form'
import { RequestSubmitted } from '@/features/requests/request-submitted'
import { useRequestCache, useServiceTypes } from '@/features/requests/use-requests'
import { go, replace } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { usePageParams } from '@/navigation/use-page-params'

import { RaiseRequest } from './raise-request'

// Owners ask for a service; a specialist raises one here on an enterprise's behalf (with enterpriseId).
const ROLES = ['owner', 'specialist'] as const

export default function NewRequestPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const params = usePageParams('requestNew')
  const types = useServiceTypes()
  const cache = useRequestCache()
  const type = types.data?.find((candidate) => candidate.code === params.type)
  const [created, setCreated] = useState<ServiceRequest>()
  if (!user) return null
  if (user.role === 'specialist') {
    if (!params.enterpriseId) return null
    return (
      <View className={rootClass}>
        <RaiseRequest
          enterpriseId={params.enterpriseId}
          visitId={params.visitId}
          problemId={params.problemId}
          initialType={params.type}
          onCreated={(request) => {
            cache(request)
            void Taro.showToast({ title: '已代企业发起，企业主会收到通知', icon: 'none' })
            void replace(routes.specialistRequest({ id: request.id }))
          }}
        />
      </View>
    )
  }
  if (created && type) {
    // Sent: the form gives way to what happens next (back still leads to the catalogue).
    return (
      <View className={rootClass}>
        <RequestSubmitted
          request={created}
          type={type}
          onView={() => void replace(routes.requestDetail({ id: created.id }))}
          onHome={() => void go(routes.home())}
        />
      </View>
    )
  }
  return (
    <View className={rootClass}>
      <PageBanner
        title={type?.name ?? '服务申请'}
        subtitle={type ? `${type.description}目标 ${type.targetDays} 个工作日办结。` : undefined}
      />
      <AsyncView
        data={types.data ? (type ?? null) : undefined}
        error={types.error}
        loading={types.isLoading}
        onRetry={() => void types.mutate()}
        isEmpty={(found) => found === null}
        empty={{
          title: '没有这项服务',
          description: '请回到服务大厅重新选择',
          actionText: '去服务大厅',
          onAction: () => void go(routes.services()),
        }}
      >
        {(found) => (found ? <RequestForm key={found.code} type={found} onCreated={setCreated} /> : null)}
      </AsyncView>
    </View>
  )
}
