// A specialist on the compiled weapp records a visit with a photo (picked with chooseMedia, sent with
// uploadFile) and a problem found, then raises a request for it on the enterprise's behalf.
import { expectClean, loginAs, setupWeapp } from '../support/journey'
import { TINY_PNG as PNG } from '../support/sample-files'

const weapp = setupWeapp()

type Photo = { id: string; name: string; mime: string; size: number }
type Visit = {
  id: string
  purpose: string
  method?: string
  photos: Photo[]
  problems: { id: string; requestId?: string }[]
}

test('specialist: records a visit with a photo and raises a request from its problem', async () => {
  const app = await weapp.launch()
  await loginAs(app, '专员', '张敏', 'specialist/workbench/index')

  // 数澜数据: 税务登记 is its next step.
  await app.open('/field/enterprise/index?id=ent-13')
  await app.waitForText('代为发起税务登记')
  await app.tap('记录走访')
  await app.waitForRoute('field/visit/index')
  await app.waitForText('走访情况')
  // Nothing typed: the form says what is missing and sends nothing.
  await app.tap('保存走访记录')
  await app.waitForText('请填写走访目的')
  await app.input('例如：了解落地进度', '了解开票需求')
  await app.tap('电话')
  await app.tap('添加问题')
  await app.tap('审批证照')
  await app.input('企业遇到的困难', '税务登记未办，发票开不出来')
  // 添加照片: the sheet's first item (camera or album), then the photo the user picks there.
  app.wx.ui.actionSheetChoices.push(0)
  app.wx.ui.pickAnswers.push({ files: [{ name: 'site.png', bytes: PNG }] })
  await app.tap('添加照片')
  await app.waitForText('已上传')
  expect(app.wx.ui.picks.map((p) => p.api)).toEqual(['chooseMedia'])
  await app.tap('保存走访记录')
  await app.waitForRoute('field/enterprise/index')
  await app.waitForText('了解开票需求')

  const visits = await weapp.api<{ items: Visit[] }>('/enterprises/ent-13/visits?status=done', 'usr-spec-01')
  const visit = visits.items.find((v) => v.purpose === '了解开票需求')
  expect(visit?.method).toBe('phone')
  expect(visit?.problems).toHaveLength(1)
  // The photo went up as its bytes: the server stored the PNG the user picked, and the visit has it.
  expect(visit?.photos).toHaveLength(1)
  expect(visit?.photos[0]).toMatchObject({ mime: 'image/png', size: PNG.length })
  const stored = await fetch(`${weapp.backend.server.url}/api/v1/files/${visit?.photos[0]?.id}`, {
    headers: { authorization: 'Bearer demo-usr-spec-01' },
  })
  expect(stored.status).toBe(200)
  expect(Buffer.from(await stored.arrayBuffer())).toEqual(PNG)

  await app.tap('代为发起申请')
  await app.tap('税务登记代办')
  await app.waitForRoute('pages/requests/new/index')
  await app.waitForText('针对走访发现的问题')
  await app.waitForText('纳税人类型')
  await app.tap('小规模纳税人')
  await app.tap('增值税专用发票')
  await app.input('例如：张伟', '马澜')
  await app.input('例如：13800000000', '13800000013')
  await app.tap('代企业提交申请')
  await app.waitForRoute('specialist/request/index')
  await app.waitForText('专员代为发起 · 张敏')

  const after = await weapp.api<{ items: Visit[] }>('/enterprises/ent-13/visits?status=done', 'usr-spec-01')
  const requestId = after.items.find((v) => v.id === visit?.id)?.problems[0]?.requestId
  expect(requestId).toBeTruthy()
  // The owner sees it as theirs, raised by the specialist.
  const request = await weapp.api<{ status: string; raisedBy?: { name: string } }>(
    `/service-requests/${requestId}`,
    'usr-owner-13',
  )
  expect(request).toMatchObject({ status: 'submitted', raisedBy: { name: '张敏' } })
  expectClean(app)
})
