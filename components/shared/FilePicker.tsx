/**
 * A labelled file input that hands over the picked file and then forgets it, so picking the
 * same file again (after fixing it) is seen as a new pick.
 */
export function FilePicker({ label, accept, onFile }: { label: string; accept: string; onFile: (file: File) => void }) {
  return (
    <label>
      {label}{' '}
      <input
        type="file"
        accept={accept}
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = '';
        }}
      />
    </label>
  );
}
