import { addMinutes, atLocal } from '../clock'
import type { ConversationRow, Db } from '../db'
import { appendMessage, conversationId } from '../domain/chat'

/** [from: 'o' owner | 's' specialist, text]. */
type Line = ['o' | 's', string]

const SERVICE_SCRIPT: Line[] = [
  ['s', '您好，我是贵公司的服务专员，今后工商、银行、税务、载体这些事项都可以直接找我。'],
  ['o', '太好了，我们下周想把新办公室定下来，能帮忙看看吗？'],
  ['s', '可以，您在小程序里提交一个「载体租赁」申请，写上面积和意向片区，我今天就开始找。'],
  ['o', '好的，已经提交了。'],
  ['s', '收到，明天上午带您去看两处，地址稍后发您。'],
]

const LIAISON_SCRIPT: Line[] = [
  ['s', '您好，我是联络专员，负责帮企业协调急难愁盼的问题，也会定期上门走访。'],
  ['o', '谢谢！我们最近想找几家链上的采购方，有渠道吗？'],
  ['s', '有的，下周的产业链对接会我给您留了位置，会前把产品资料发我。'],
]

/** The flagship conversation (飞快通航 ↔ its service specialist) gets exactly this many messages: paging, long lists. */
export const LONG_CONVERSATION_SIZE = 2000

const LONG_TOPICS = [
  '营业执照的副本已经拿到了吗？',
  '拿到了，谢谢！银行那边约在周三上午。',
  '好的，周三我九点在网点门口等您，记得带公章、财务章和法人章。',
  '税务登记需要财务负责人的身份证，麻烦拍照发我。',
  '已上传，您看一下清楚不清楚。',
  '很清楚，我这边提交了，一般两个工作日出结果。',
  '厂房的消防验收资料我整理好了，晚点发您。',
  '辛苦了！试飞场地的事情有进展吗？',
  '已经和园区协调好了，下周一可以开始使用。',
  '收到，这周我们先把设备运过去。',
]

function fill(row: ConversationRow, ownerId: string, lines: Line[], start: Date, stepMinutes: number) {
  lines.forEach(([from, text], i) => {
    const senderId = from === 'o' ? ownerId : row.specialistId
    const at = addMinutes(start, i * stepMinutes)
    appendMessage(row, {
      senderId,
      clientMsgId: `seed-${row.messages.length + 1}`,
      type: 'text',
      body: text,
      at,
    })
  })
}

export function seedChat(db: Db, anchor: Date): void {
  let index = 0
  for (const enterprise of db.enterprises.values()) {
    const owner = [...db.users.values()].find((u) => u.role === 'owner' && u.enterpriseId === enterprise.id)
    if (!owner) continue
    for (const specialistId of [enterprise.specialistIds.service, enterprise.specialistIds.liaison]) {
      const row: ConversationRow = {
        id: conversationId(enterprise.id, specialistId),
        enterpriseId: enterprise.id,
        specialistId,
        title: enterprise.name,
        messages: [],
        byClientMsgId: new Map(),
        readSeq: new Map(),
        updatedAt: '',
      }
      db.conversations.set(row.id, row)
      const isService = specialistId === enterprise.specialistIds.service
      const long = index === 0
      if (long) {
        const start = addMinutes(anchor, -60 * 24 * 60)
        const lines: Line[] = Array.from(
          { length: LONG_CONVERSATION_SIZE - SERVICE_SCRIPT.length - 1 },
          (_, i) => [
            i % 2 === 0 ? 's' : 'o',
            `${LONG_TOPICS[i % LONG_TOPICS.length]}（${Math.floor(i / LONG_TOPICS.length) + 1}）`,
          ],
        )
        fill(row, owner.id, lines, start, 40)
      }
      const script = isService ? SERVICE_SCRIPT : LIAISON_SCRIPT
      fill(row, owner.id, script, atLocal(anchor, -1 - (index % 5), 9 + (index % 6)), 7)
      if (long) {
        const request = [...db.requests.values()].find((r) => r.enterpriseId === enterprise.id)
        if (request) {
          appendMessage(row, {
            senderId: owner.id,
            clientMsgId: 'seed-card',
            type: 'request_card',
            body: request.id,
            at: addMinutes(anchor, -20),
          })
        }
      }
      // The specialist has read everything; some owners have the last message or two unread.
      const last = row.messages.length
      row.readSeq.set(specialistId, last)
      row.readSeq.set(owner.id, index % 3 === 0 ? Math.max(0, last - 2) : last)
      index += 1
    }
  }
}
