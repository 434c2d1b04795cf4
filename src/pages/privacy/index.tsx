import { View, Text } from '@tarojs/components';
import {
  PRIVACY_CHANGES,
  PRIVACY_CONTACT,
  PRIVACY_ITEMS,
  PRIVACY_OPERATOR,
  PRIVACY_VERSION,
} from '@domain/privacy/policy';
import './index.scss';

/** The same text as docs/privacy-guideline.md, which is filed in the WeChat admin console. */
export default function PrivacyPage() {
  return (
    <View className='page'>
      <View className='card privacy-item' id='privacy-operator'>
        <Text className='privacy-item__what'>运营者</Text>
        <Text>{PRIVACY_OPERATOR.name}</Text>
        <Text className='muted'>地址：{PRIVACY_OPERATOR.address}</Text>
        <Text className='muted'>联系方式：{PRIVACY_OPERATOR.contact}</Text>
        <Text className='muted'>生效日期：{PRIVACY_VERSION}</Text>
      </View>
      {PRIVACY_ITEMS.map((item) => (
        <View key={item.what} className='card privacy-item'>
          <Text className='privacy-item__what'>{item.what}</Text>
          <Text>用途：{item.why}</Text>
          <Text>保存期限：{item.retention}</Text>
          <Text>谁能看到：{item.seenBy}</Text>
        </View>
      ))}
      <View className='card privacy-item'>
        <Text>{PRIVACY_CONTACT}</Text>
      </View>
      <View className='card privacy-item' id='privacy-changes'>
        <Text className='privacy-item__what'>变更记录</Text>
        {PRIVACY_CHANGES.map((c) => (
          <Text key={c.date} className='muted'>
            {c.date}：{c.change}
          </Text>
        ))}
      </View>
    </View>
  );
}
