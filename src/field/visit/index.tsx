import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import type { Visit, VisitStatus } from '@/api/contract/schemas/visit'
import { AsyncView } from '@/components/async-view'
import { goBack } from '@/components/go-back'
import { PageBanner } from '@/components/page-banner'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { useAttachments } from '@/features/requests/use-attachments'
import { useMe } from '@/features/session/use-me'
import { PhotoList } from '@/features/visits/photo-list'
import { useVisitForm } from '@/features/visits/use-visit-form'
import { useEnterpriseVisits, useVisitCache } from '@/features/visits/use-visits'
import { VisitForm } from '@/features/visits/visit-form'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['specialist'] as const
const PHOTO_HINT = '支持 jpg、png，单张不超过 10 MB，最多 9 张'

/** Plan or record a visit to one enterprise; with an id, edit (or record) that visit. */
export default function VisitPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const params = usePageParams('visitForm')
  const me = useMe()
  const visits = useEnterpriseVisits(params.id ? params.enterpriseId : undefined)
  if (!user || !params.enterpriseId) return null
  const enterprise = me.data?.enterprises?.find((e) => e.id === params.enterpriseId)
  const status: VisitStatus = params.mode === 'planned' ? 'planned' : 'done'
  const title = status === 'planned' ? '计划走访' : '记录走访'
  const banner = <PageBanner title={title} subtitle={enterprise?.name ?? ''} />
  if (!params.id) {
    return (
      <View className={rootClass}>
        {banner}
        <VisitEditor enterpriseId={params.enterpriseId} status={status} canSwitch />
      </View>
    )
  }
  return (
    <View className={rootClass}>
      {banner}
      <AsyncView
        data={visits.items}
        error={visits.error}
        loading={visits.isLoading}
        onRetry={() => void visits.mutate()}
        isEmpty={(list) => !list.some((v) => v.id === params.id)}
        empty={{ title: '走访记录不存在' }}
      >
        {(list) => {
          const visit = list.find((v) => v.id === params.id) as Visit
          return (
            <VisitEditor
              enterpriseId={visit.enterpriseId}
              visit={visit}
              status={visit.status === 'done' ? 'done' : status}
              canSwitch={false}
            />
          )
        }}
      </AsyncView>
    </View>
  )
}

function VisitEditor(props: {
  enterpriseId: string
  visit?: Visit
  status: VisitStatus
  canSwitch: boolean
}) {
  const cache = useVisitCache()
  const form = useVisitForm({
    enterpriseId: props.enterpriseId,
    visit: props.visit,
    status: props.status,
    onSaved: (visit) => {
      cache(visit)
      void Taro.showToast({
        title: visit.status === 'planned' ? '走访计划已保存' : '走访记录已保存',
        icon: 'success',
      })
      goBack()
    },
  })
  // Photos go through the app's one upload path: type and size checked, progress, retry.
  const photos = useAttachments(form.draft.photos, form.setPhotos)
  return (
    <VisitForm
      form={form}
      canSwitch={props.canSwitch}
      photosUploading={photos.uploading}
      photos={<PhotoList uploads={photos} hint={PHOTO_HINT} />}
    />
  )
}
