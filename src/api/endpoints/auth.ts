import { callRoute, type RouteInput } from '../http/call-route'

export const loginWechat = (body: RouteInput<'loginWechat'>['body']) => callRoute('loginWechat', { body })
export const getDemoAccounts = () => callRoute('getDemoAccounts', {})
export const loginDemo = (userId: string) => callRoute('loginDemo', { body: { userId } })
export const getMe = () => callRoute('getMe', {})
