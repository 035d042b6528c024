import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getSalon, getSalonFeedback } from '@/api/endpoints/salons'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'
import { SalonFeedbackSummaryView } from '@/features/salons/salon-feedback-summary'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'
import { typeInto } from '../support/type-into'

// sal-06 (专精特新政策解读会) is over: owners 01–04 checked in, 05 confirmed and never came.
describe('after the event', () => {
  it('an attendee rates it once: stars and a comment, then what they said replaces the form', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (a) => a.userId === 'usr-owner-02')
    renderWithSwr(<SalonDetailScreen id="sal-06" />)
    const card = await screen.findByRole('region', { name: '活动评价' })
    const submit = within(card).getByRole('button', { name: '提交评价' })
    // No score yet: nothing to send.
    expect(submit).toHaveAttribute('aria-disabled', 'true')
    await user.click(within(card).getByRole('radio', { name: '5 分' }))
    expect(within(card).getByText('非常满意')).toBeInTheDocument()
    // Taro's textarea element (its inner <textarea> may be rendered by now too).
    const [box] = within(card).getAllByPlaceholderText('说说收获或建议（选填，500 字以内）')
    await typeInto(user, box!, '很实用')
    await user.click(within(card).getByRole('button', { name: '提交评价' }))
    await within(card).findByText('感谢您的评价')
    expect(within(card).queryByRole('button', { name: '提交评价' })).not.toBeInTheDocument()
    expect(within(card).getByText('很实用')).toBeInTheDocument()
    const salon = await getSalon('sal-06')
    expect(salon.myBooking?.feedback).toMatchObject({ score: 5, comment: '很实用' })
  }, 20_000)

  it('a seat never checked in shows 未到 and no form', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-05')
    renderWithSwr(<SalonDetailScreen id="sal-06" />)
    const mine = await screen.findByRole('region', { name: '我的入场券' })
    expect(within(mine).getByText('未到')).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: '签到二维码' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '活动评价' })).not.toBeInTheDocument()
  })

  it('the admin summary shows attendance, 未到, the average and the comments', async () => {
    await signInAs('admin')
    const summary = await getSalonFeedback('sal-06')
    renderWithSwr(
      <SalonFeedbackSummaryView
        summary={{
          ...summary,
          feedbackCount: 2,
          averageScore: 4.5,
          comments: [
            {
              score: 5,
              comment: '很实用',
              createdAt: '2026-03-01T10:00:00+08:00',
              enterpriseName: '飞快通航',
            },
          ],
        }}
      />,
    )
    await waitFor(() => expect(screen.getByLabelText('签到率 80%')).toBeInTheDocument())
    expect(screen.getByLabelText('已签到 4/5')).toBeInTheDocument()
    expect(screen.getByLabelText('未到 1')).toBeInTheDocument()
    expect(screen.getByLabelText('评分（2 人） 4.5')).toBeInTheDocument()
    expect(screen.getByText('很实用')).toBeInTheDocument()
  })
})
