export default definePageConfig({ navigationBarTitleText: '“七进”活动', enablePullDownRefresh: true });
