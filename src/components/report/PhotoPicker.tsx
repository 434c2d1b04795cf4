import { View, Text, Image } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REPORT_LIMITS } from '@domain/reports/limits';
import type { ReportPhoto } from '@domain/reports/types';
import './report.scss';

interface Props {
  photos: ReportPhoto[];
  upload: { done: number; total: number } | null;
  onAdd: () => void;
  onRemove: (fileId: string) => void;
}

export function PhotoPicker({ photos, upload, onAdd, onRemove }: Props) {
  const urls = photos.map((p) => p.url);
  return (
    <View>
      <View className='photos'>
        {photos.map((p) => (
          <View key={p.fileId} className='photos__item'>
            <Image
              className='photos__image'
              src={p.url}
              mode='aspectFill'
              onClick={() => void Taro.previewImage({ urls, current: p.url })}
            />
            {/* A 44 px tap target in the corner; only the small mark in its corner covers the photo. */}
            <View className='photos__remove' role='button' aria-label='删除这张照片' onClick={() => onRemove(p.fileId)}>
              <Text className='photos__remove-mark'>×</Text>
            </View>
          </View>
        ))}
        {photos.length < REPORT_LIMITS.photosMax && !upload && (
          <View className='photos__add' id='add-photos' onClick={onAdd}>
            <Text className='photos__plus'>＋</Text>
            <Text className='muted'>拍照/相册</Text>
          </View>
        )}
      </View>
      {upload && (
        <Text className='muted' id='upload-progress'>
          正在压缩上传 {upload.done}/{upload.total}…
        </Text>
      )}
      <Text className='muted' id='photo-count'>
        已上传 {photos.length}/{REPORT_LIMITS.photosMax} 张
      </Text>
    </View>
  );
}
