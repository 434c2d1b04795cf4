import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './report.scss';

/** A report's photos as thumbnails; a tap opens them full screen, swipeable. */
export function PhotoGrid({ photos, large = false }: { photos: { fileId: string; url: string }[]; large?: boolean }) {
  const urls = photos.map((p) => p.url);
  return (
    <View className='photo-grid'>
      {photos.map((p) => (
        <Image
          key={p.fileId}
          className={`photo-grid__photo ${large ? 'photo-grid__photo--large' : ''}`}
          src={p.url}
          mode='aspectFill'
          onClick={() => void Taro.previewImage({ urls, current: p.url })}
        />
      ))}
    </View>
  );
}
