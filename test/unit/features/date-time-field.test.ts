import { isPickerTime } from '@/features/salons/date-time-field'

describe('isPickerTime', () => {
  it('accepts what a time wheel can show', () => {
    for (const value of ['14:00', '0:0', '9:05', '23:59']) expect(isPickerTime(value)).toBe(true)
  })

  it("refuses what made Taro's picker warn: empty, half typed, out of range", () => {
    for (const value of ['', '14', '14:', '24:00', '12:60', '1400', ' 14:00'])
      expect(isPickerTime(value)).toBe(false)
  })
})
