export type SaveFile = (name: string, text: string, type: string) => void;

/** Download text as a file: a Blob URL and an <a download>, so no downloads permission is needed. */
export const saveFile: SaveFile = (name, text, type) => {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
