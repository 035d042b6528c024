// An enterprise owner on the compiled weapp supplies the materials a specialist asked for: a PDF picked
// from a WeChat chat (chooseMessageFile) goes up with uploadFile, and the request moves on with it.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

// A small real PDF: the backend checks an upload by its magic bytes (%PDF), not by its name.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
)

type FileRef = { id: string; name: string; mime: string; size: number }
type Request = {
  status: string
  timeline: { action: string; note?: string; attachments?: FileRef[] }[]
}

test('owner: supplies materials with a PDF from a chat; the server has the file on the request', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await app.waitForText('待您补充材料（1）')
  await app.tap('补充材料')
  await app.waitForRoute('pages/requests/detail/index')
  await app.waitForText('确认补充材料')
  const requestId = String(app.page.options.id)

  await app.input('说明补充了什么（或直接上传材料）', '法定代表人身份证复印件已上传')
  // 添加附件: the sheet's second item (a file from a WeChat chat), then the PDF the user picks there.
  app.wx.ui.actionSheetChoices.push(1)
  app.wx.ui.pickAnswers.push({ files: [{ name: '法人身份证复印件.pdf', bytes: PDF }] })
  await app.tap('添加附件')
  await app.waitForText('已上传')
  expect(app.text()).toContain('法人身份证复印件.pdf')
  expect(app.wx.ui.picks.map((p) => p.api)).toEqual(['chooseMessageFile'])
  await app.tap('确认补充材料')
  await app.waitForText('法定代表人身份证复印件已上传')

  const request = await weapp.api<Request>(`/service-requests/${requestId}`, 'usr-owner-01')
  const supplied = request.timeline.find((event) => event.action === 'submit_materials')
  expect(supplied?.note).toBe('法定代表人身份证复印件已上传')
  expect(supplied?.attachments).toHaveLength(1)
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
