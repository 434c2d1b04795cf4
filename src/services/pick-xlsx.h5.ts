/** H5: the browser's file picker for one .xlsx, answered as base64. Rejects when nothing is chosen. */
export function pickXlsx(): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.onchange = () => {
      const file = input.files?.[0];
      if (!file) return reject(new Error('没有选择文件'));
      const reader = new FileReader();
      reader.onload = () => {
        const url = String(reader.result);
        resolve(url.slice(url.indexOf(',') + 1));
      };
      reader.onerror = () => reject(new Error('文件无法读取'));
      reader.readAsDataURL(file);
    };
    input.click();
  });
}
