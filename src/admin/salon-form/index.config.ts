export default definePageConfig({ navigationBarTitleText: '编辑沙龙' })
