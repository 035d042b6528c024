import Taro from '@tarojs/taro'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getBoard, getMyFigures } from '@/api/endpoints/figures'
import BoardCasesPage from '@/board/cases/index'
import BoardPage from '@/board/index'
import { monthLabel, shiftMonth, thisMonth } from '@/features/figures/figures-format'
import WorkbenchPage from '@/specialist/workbench/index'

import { renderWithSwr } from '../support/render'
import { openedWith } from '../support/router'
import { signInAs } from '../support/session'

const shownMonth = () => within(screen.getByRole('group', { name: '选择月份' }))
const rows = () => within(screen.getByRole('list', { name: '赛马榜' })).getAllByRole('listitem')

describe('BoardPage (数据看板 and 赛马榜)', () => {
  it('ranks every specialist with tier, score and trend, shows the weights, and goes back a month', async () => {
    const user = userEvent.setup()
    await signInAs('admin')
    openedWith('/board/index')
    renderWithSwr(<BoardPage />)
    expect(shownMonth().getByText(monthLabel(thisMonth()))).toBeInTheDocument()
    await waitFor(() => expect(rows()).toHaveLength(6))
    expect(
      screen.getByText(/综合得分 = 响应速度 25% \+ 按时办结 35% \+ 满意度 30% \+ 逾期积压 10%/),
    ).toBeInTheDocument()
    // Next month is not there yet.
    expect(screen.getByRole('button', { name: '下个月' })).toHaveAttribute('aria-disabled', 'true')

    const previous = shiftMonth(thisMonth(), -1)
    const expected = await getBoard({ month: previous })
    await user.click(screen.getByRole('button', { name: '上个月' }))
    expect(shownMonth().getByText(monthLabel(previous))).toBeInTheDocument()
    const leader = expected.ranking[0]!
    await waitFor(() => expect(rows()[0]).toHaveAccessibleName(new RegExp(`^第 1 名，${leader.name}，骏马`)))
    expect(rows()[5]).toHaveAccessibleName(/赵立新，蜗牛/)
    const chart = screen.getByRole('list', { name: '每月收到申请' })
    expect(within(chart).getAllByRole('listitem')).toHaveLength(4)
    expect(
      within(chart).getByRole('listitem', { name: `${monthLabel(previous)} ${expected.trend[3]!.received}` }),
    ).toBeInTheDocument()

    await user.click(rows()[0]!)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: `/board/cases/index?specialistId=${leader.specialistId}&month=${previous}`,
    })
    // Two months of a board rendered in jsdom: seconds on a loaded 2-core machine.
  }, 30_000)

  it('shows the follow-ups overdue and links to them', async () => {
    const user = userEvent.setup()
    await signInAs('admin')
    openedWith('/board/index')
    renderWithSwr(<BoardPage />)
    const board = await getBoard()
    const link = await screen.findByRole('link', {
      name: new RegExp(`超时未回访 ${board.centre.measures.followUpsOverdue} 件`),
    })
    await user.click(link)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/board/follow-ups/index' })
  })

  it('a row opened: that specialist’s month and the cases behind it', async () => {
    await signInAs('admin')
    const previous = shiftMonth(thisMonth(), -1)
    const board = await getBoard({ month: previous })
    const laggard = board.ranking[board.ranking.length - 1]!
    openedWith('/board/cases/index', { specialistId: laggard.specialistId, month: previous })
    renderWithSwr(<BoardCasesPage />)
    expect(await screen.findByText(`${laggard.name} · ${monthLabel(previous)}`)).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: '办件' })
    const late = within(list).queryAllByText('超时办结').length
    expect(late).toBe(laggard.measures.completed - laggard.measures.onTime)
    expect(within(list).queryAllByText('按时办结')).toHaveLength(laggard.measures.onTime)
  })
})

describe('the specialist’s own figures on the workbench', () => {
  it('shows their place and measures, and nobody else’s name', async () => {
    await signInAs('specialist', (account) => account.userId === 'usr-spec-02')
    renderWithSwr(<WorkbenchPage />)
    const region = await screen.findByRole('region', { name: '我的本月数据' })
    await waitFor(() => expect(within(region).getByText(/综合得分/)).toBeInTheDocument())
    expect(within(region).getByLabelText(/收到申请/)).toBeInTheDocument()
    const { me } = await getMyFigures()
    expect(within(region).getByLabelText(`走访 ${me.measures.visitsMade}`)).toBeInTheDocument()
    for (const other of ['张敏', '王晓雯', '陈国栋', '刘洁', '赵立新'])
      expect(within(region).queryByText(new RegExp(other))).toBeNull()
  })
})
