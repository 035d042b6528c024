import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import type { ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'

import { ChatButton } from './chat-button'

import './contact-enterprise.scss'

// NutUI's types omit `role`, though it passes it on to Taro's button, which has none on H5.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

interface ContactEnterpriseProps {
  request: ServiceRequest
  type: ServiceType | undefined
  enterpriseName: string | undefined
}

/** The contact the owner wrote on the form: its phone field (by type), and the name beside it. */
export function requestContact(request: ServiceRequest, type: ServiceType | undefined) {
  const phoneKey = type?.fields.find((field) => field.type === 'phone')?.key ?? 'contactPhone'
  const phone = request.fields[phoneKey]
  const name = request.fields.contactName
  return {
    phone: typeof phone === 'string' && /\d{5,}/.test(phone) ? phone : undefined,
    name: typeof name === 'string' && name.trim() ? name.trim() : undefined,
  }
}

/** 办理's way to reach the enterprise: a call to the contact on the form, or the chat with them. */
export function ContactEnterprise({ request, type, enterpriseName }: ContactEnterpriseProps) {
  const { phone, name } = requestContact(request, type)
  const call = () => {
    if (phone) void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
  }
  return (
    <View className="contact-enterprise">
      <View className="contact-enterprise__who">
        {enterpriseName ? <Text className="contact-enterprise__name">{enterpriseName}</Text> : null}
        <Text className="contact-enterprise__line">
          {[name ? `联系人 ${name}` : '', phone ?? '未留电话'].filter(Boolean).join(' · ')}
        </Text>
      </View>
      <View className="contact-enterprise__buttons">
        {phone ? (
          <Button type="primary" onClick={call} {...BUTTON_ROLE} aria-label={`拨打电话 ${phone}`}>
            拨打电话
          </Button>
        ) : null}
        <ChatButton label="发消息" wanted={[(c) => c.enterpriseId === request.enterpriseId]} />
      </View>
    </View>
  )
}
