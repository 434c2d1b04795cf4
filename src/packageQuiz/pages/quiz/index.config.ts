export default definePageConfig({ navigationBarTitleText: '测测你的“安全力”' });
