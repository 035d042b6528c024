// An enterprise owner on the compiled weapp supplies the materials a specialist asked for: a PDF and a
// photo picked from a WeChat chat (chooseMessageFile) go up with uploadFile, and the request moves on.
import { expectClean, loginAs, setupWeapp } from '../support/journey'
import { TINY_PDF as PDF, TINY_PNG as PNG } from '../support/sample-files'

const weapp = setupWeapp()

type FileRef = { id: string; name: string; mime: string; size: number }
type Request = {
  status: string
  timeline: { action: string; note?: string; attachments?: FileRef[] }[]
}

test('owner: supplies materials with a PDF and a photo from a chat; the server has both on the request', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await app.waitForText('待您补充材料（1）')
  await app.tap('补充材料')
  await app.waitForRoute('pages/requests/detail/index')
  await app.waitForText('确认补充材料')
  const requestId = String(app.page.options.id)

  await app.input('说明补充了什么（或直接上传材料）', '法定代表人身份证复印件已上传')
  // 添加附件: the sheet's second item (a file from a WeChat chat), then what the user picks there: a PDF
  // and a photo someone sent (WeChat's type 'file' would not offer the photo at all).
  app.wx.ui.actionSheetChoices.push(1)
  app.wx.ui.pickAnswers.push({
    files: [
      { name: '法人身份证复印件.pdf', bytes: PDF },
      { name: '营业执照照片.png', bytes: PNG, type: 'image' },
    ],
  })
  await app.tap('添加附件')
  await app.waitForText('营业执照照片.png')
  await app.waitForText(/已上传[\s\S]*已上传/)
  expect(app.text()).toContain('法人身份证复印件.pdf')
  expect(app.wx.ui.picks.map((p) => p.api)).toEqual(['chooseMessageFile'])
  await app.tap('确认补充材料')
  await app.waitForText('法定代表人身份证复印件已上传')

  const request = await weapp.api<Request>(`/service-requests/${requestId}`, 'usr-owner-01')
  const supplied = request.timeline.find((event) => event.action === 'submit_materials')
  expect(supplied?.note).toBe('法定代表人身份证复印件已上传')
  expect(supplied?.attachments).toHaveLength(2)
  expect(supplied!.attachments![1]).toMatchObject({
    name: '营业执照照片.png',
    mime: 'image/png',
    size: PNG.length,
  })
  const file = supplied!.attachments![0]!
  // Its name is the one the user saw in the chat, not the temp path's (WeChat names the part tmp_N.pdf).
  expect(file).toMatchObject({ name: '法人身份证复印件.pdf', mime: 'application/pdf', size: PDF.length })
  // The bytes the user picked are the bytes the server keeps.
  const stored = await fetch(`${weapp.backend.server.url}/api/v1/files/${file.id}`, {
    headers: { authorization: 'Bearer demo-usr-owner-01' },
  })
  expect(stored.status).toBe(200)
  expect(Buffer.from(await stored.arrayBuffer())).toEqual(PDF)
  expectClean(app)
})
