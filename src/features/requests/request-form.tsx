import { Button, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import type { ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'
import { SectionCard } from '@/components/section-card'

import { AttachmentList } from './attachment-list'
import { FormField } from './form-field'
import { useRequestForm, type RaiseOn } from './use-request-form'

import './request-form.scss'

interface RequestFormProps {
  type: ServiceType
  onCreated: (request: ServiceRequest) => void
  /** A specialist raising it on the enterprise's behalf. */
  raise?: RaiseOn
}

/** The form of one service type, built from its FieldSpecs, with attachments and a note. */
export function RequestForm({ type, onCreated, raise }: RequestFormProps) {
  const form = useRequestForm(type, onCreated, raise)
  return (
    <View className="request-form">
      <SectionCard title="申请信息">
        {type.fields.map((spec) => (
          <FormField
            key={spec.key}
            spec={spec}
            value={form.values[spec.key] ?? ''}
            error={form.errors[spec.key]}
            onChange={(value) => form.setValue(spec.key, value)}
            onBlur={() => form.touch(spec.key)}
          />
        ))}
      </SectionCard>
      <SectionCard title="材料附件">
        {type.materials.length ? (
          <Text className="request-form__materials">需要准备：{type.materials.join('、')}</Text>
        ) : null}
        <AttachmentList attachments={form.attachments} />
      </SectionCard>
      <SectionCard title="补充说明">
        <TextArea
          value={form.note}
          placeholder={raise ? '选填：向企业说明代为发起的原因' : '选填：想对专员说的话'}
          maxLength={1000}
          onChange={form.setNote}
        />
      </SectionCard>
      <View className="request-form__submit">
        <Button
          block
          type="primary"
          loading={form.submitting}
          disabled={form.submitting || form.attachments.uploading}
          onClick={() => void form.submit()}
        >
          {form.submitting ? '提交中…' : raise ? '代企业提交申请' : '提交申请'}
        </Button>
        <Text className="request-form__saved">填写内容会自动保存为草稿</Text>
      </View>
    </View>
  )
}
