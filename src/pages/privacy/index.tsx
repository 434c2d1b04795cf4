import { View, Text } from '@tarojs/components';
import { PRIVACY_CONTACT, PRIVACY_ITEMS } from '@domain/privacy/policy';
import './index.scss';

/** The same text as docs/privacy-guideline.md, which is filed in the WeChat admin console. */
export default function PrivacyPage() {
  return (
    <View className='page'>
      {PRIVACY_ITEMS.map((item) => (
        <View key={item.what} className='card privacy-item'>
          <Text className='privacy-item__what'>{item.what}</Text>
          <Text>用途：{item.why}</Text>
          <Text>保存期限：{item.retention}</Text>
          <Text>谁能看到：{item.seenBy}</Text>
        </View>
      ))}
      <Text className='muted'>{PRIVACY_CONTACT}</Text>
    </View>
  );
}
