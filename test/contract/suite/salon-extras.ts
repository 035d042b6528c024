import { SalonSchema } from '../../../src/api/contract/schemas/salon'
import { expectShape, expectStatus, expectValidation } from '../expectations'
import { pngUpload, salonBody } from '../fixtures'
import { API_PREFIX, type Json } from '../transport'

import { book, createSalon, type ContractContext } from './context'

const AGENDA = [
  { time: '14:00', topic: '政策解读', speaker: '王研究员' },
  { time: '15:30', topic: '自由交流' },
]
const SPEAKERS = [{ name: '王研究员', title: '首席研究员', organisation: '低空经济研究院' }]
const AT = { latitude: 29.6486, longitude: 106.5608 }

const filePath = (url: string) =>
  (url.startsWith(API_PREFIX) ? url : new URL(url).pathname).slice(API_PREFIX.length).split('?')[0] ?? ''

/** Agenda, speaker profiles, coordinates and a poster: optional salon fields (issue 17). */
export function salonExtrasSuite(ctx: ContractContext): void {
  describe('salon agenda, speakers, coordinates and poster', () => {
    async function uploadPoster(): Promise<Json> {
      const res = await ctx.api.as(await ctx.world.admin()).upload(pngUpload('海报.png'))
      expectStatus(res, 201)
      return res.body
    }

    test('an admin creates a salon with them; owners read them, the poster signed and loadable', async () => {
      const poster = await uploadPoster()
      const salon = await createSalon(ctx, {
        agenda: AGENDA,
        speakerProfiles: SPEAKERS,
        coordinates: AT,
        poster,
      })
      const owner = await ctx.world.owner()
      const res = await ctx.api.as(owner).get(`/salons/${salon.id}`)
      expectStatus(res, 200)
      const read = expectShape(SalonSchema, res.body)
      expect(read).toMatchObject({ agenda: AGENDA, speakerProfiles: SPEAKERS, coordinates: AT })
      expect(read.poster).toMatchObject({ id: poster.id, mime: 'image/png' })
      expect(read.poster?.url).toContain('signature=')
      // With the owner's token too: a published salon's poster is theirs to see.
      expectStatus(await ctx.api.as(owner).get(filePath(read.poster!.url)), 200)
      expectStatus(await ctx.api.anonymous().get(read.poster!.url.replace(/^.*?\/files\//, '/files/')), 200)
    })

    test('a salon without them is still valid (older data)', async () => {
      const salon = await createSalon(ctx)
      const res = await ctx.api.as(await ctx.world.owner()).get(`/salons/${salon.id}`)
      const read = expectShape(SalonSchema, res.body)
      expect(read.agenda).toBeUndefined()
      expect(read.poster).toBeUndefined()
    })

    test('a draft’s poster is not an owner’s to load with a token', async () => {
      const poster = await uploadPoster()
      await createSalon(ctx, { poster }, false)
      const owner = await ctx.world.owner()
      const res = await ctx.api.as(owner).get(`/files/${encodeURIComponent(poster.id)}`)
      expectStatus(res, 404)
    })

    test('a bad agenda time, an empty topic, a latitude of 91, a nameless speaker → 400 naming the field in Chinese', async () => {
      const admin = await ctx.world.admin()
      const cases: [Record<string, unknown>, string][] = [
        [{ agenda: [{ time: '25:00', topic: '夜场' }] }, 'agenda.0.time'],
        [{ agenda: [{ time: '14:00', topic: ' ' }] }, 'agenda.0.topic'],
        [{ coordinates: { latitude: 91, longitude: 106 } }, 'coordinates.latitude'],
        [{ speakerProfiles: [{ name: '' }] }, 'speakerProfiles.0.name'],
      ]
      for (const [patch, path] of cases) {
        expectValidation(await ctx.api.as(admin).post('/salons', salonBody(patch)), path)
      }
    })

    test('a poster another user uploaded, or a pdf → 400 and no salon is made', async () => {
      const admin = await ctx.world.admin()
      const owner = await ctx.world.owner()
      const theirs = (await ctx.api.as(owner).upload(pngUpload('别人的.png'))).body
      const before = (await ctx.api.as(admin).get('/salons?limit=100&status=draft')).body.items.length
      expectValidation(await ctx.api.as(admin).post('/salons', salonBody({ poster: theirs })), 'poster.id')
      const pdf = await ctx.api.as(admin).upload({
        name: '海报.pdf',
        mime: 'application/pdf',
        data: new TextEncoder().encode('%PDF-1.4\n'),
      })
      expectValidation(await ctx.api.as(admin).post('/salons', salonBody({ poster: pdf.body })), 'poster')
      expect((await ctx.api.as(admin).get('/salons?limit=100&status=draft')).body.items.length).toBe(before)
    })

    test('PUT replaces them: left out, they are removed; the current poster may be sent back', async () => {
      const admin = await ctx.world.admin()
      const poster = await uploadPoster()
      const salon = await createSalon(ctx, { agenda: AGENDA, poster, coordinates: AT }, false)
      const kept = await ctx.api.as(admin).put(`/salons/${salon.id}`, salonBody({ poster: salon.poster }))
      expectStatus(kept, 200)
      expect(kept.body.poster?.id).toBe(poster.id)
      expect(kept.body.agenda).toBeUndefined()
      expect(kept.body.coordinates).toBeUndefined()
      const cleared = await ctx.api.as(admin).put(`/salons/${salon.id}`, salonBody())
      expect(cleared.body.poster).toBeUndefined()
    })

    test('sign-up fields: booking must answer them (400 in Chinese otherwise); the answers reach the list and the CSV', async () => {
      const fields = [
        { key: 'name', label: '姓名', required: true, kind: 'text' },
        { key: 'phone', label: '手机号', required: true, kind: 'phone' },
        { key: 'dept', label: '所在部门', required: false, kind: 'text' },
      ]
      const salon = await createSalon(ctx, { signupFields: fields })
      expect(salon.signupFields).toEqual(fields)
      const owner = await ctx.world.owner()
      const post = (answers?: Record<string, unknown>) =>
        ctx.api.as(owner).post(`/salons/${salon.id}/bookings`, answers ? { answers } : {})
      expectValidation(await post(), 'answers.name')
      expectValidation(await post({ name: '程飞', phone: '12345' }), 'answers.phone')
      expectValidation(await post({ name: '程飞', phone: '13800000001', age: '30' }), 'answers.age')
      // Nothing was booked by the refusals.
      expect((await ctx.api.as(owner).get(`/salons/${salon.id}`)).body.myBooking).toBeUndefined()
      const res = await post({ name: ' 程飞 ', phone: '13800000001', dept: '' })
      expectStatus(res, 201)
      expect(res.body.answers).toEqual({ name: '程飞', phone: '13800000001' })
      const admin = await ctx.world.admin()
      const list = await ctx.api.as(admin).get(`/salons/${salon.id}/bookings`)
      expect(list.body.items[0].answers).toEqual({ name: '程飞', phone: '13800000001' })
      const csv = String((await ctx.api.as(admin).get(`/salons/${salon.id}/bookings.csv`)).body)
      const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n')
      expect(header?.endsWith(',"姓名（报名填写）","手机号（报名填写）","所在部门（报名填写）"')).toBe(true)
      expect(row?.endsWith(',"程飞","13800000001",""')).toBe(true)
    })

    test('sign-up fields: a bad key, a duplicate, 11 fields → 400; a salon without them books with no body', async () => {
      const admin = await ctx.world.admin()
      const field = { key: 'name', label: '姓名', required: true, kind: 'text' }
      expectValidation(
        await ctx.api.as(admin).post('/salons', salonBody({ signupFields: [{ ...field, key: 'Bad Key' }] })),
        'signupFields.0.key',
      )
      expectValidation(
        await ctx.api.as(admin).post('/salons', salonBody({ signupFields: [field, field] })),
        'signupFields',
      )
      const many = Array.from({ length: 11 }, (_, i) => ({ ...field, key: `q${i}` }))
      expectValidation(
        await ctx.api.as(admin).post('/salons', salonBody({ signupFields: many })),
        'signupFields',
      )
      const plain = await createSalon(ctx)
      expectStatus(await book(ctx, await ctx.world.owner(), plain.id), 201)
    })
  })
}
