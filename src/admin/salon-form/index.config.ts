// The title follows the page's use (新建沙龙 / 编辑沙龙), set when it opens.
export default definePageConfig({ navigationBarTitleText: '沙龙' })
