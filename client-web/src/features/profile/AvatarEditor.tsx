import { useEffect, useId, useRef, useState } from 'react';
import type { Me } from '../../session/use-me';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useResetAvatar, useUploadAvatar } from './api';
import { ACCEPTED_TYPES, AVATAR_PIXELS, centerSquare, MAX_UPLOAD_BYTES } from './crop';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file.'));
    reader.readAsDataURL(file);
  });
}

/** Choose a picture, see the square crop as it will be saved (zoom to tighten it), then upload the cropped image. */
export function AvatarEditor({ me }: { me: Me }) {
  const inputId = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [zoom, setZoom] = useState(1);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useUploadAvatar();
  const reset = useResetAvatar();

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!image || !context) return;
    const { sx, sy, size } = centerSquare(image.naturalWidth, image.naturalHeight, zoom);
    context.clearRect(0, 0, AVATAR_PIXELS, AVATAR_PIXELS);
    context.drawImage(image, sx, sy, size, size, 0, 0, AVATAR_PIXELS, AVATAR_PIXELS);
  }, [image, zoom]);

  async function choose(file: File | undefined) {
    setProblem(null);
    upload.reset();
    if (!file) return;
    if (!ACCEPTED_TYPES.includes(file.type)) return setProblem('Choose a PNG, JPEG or WebP image.');
    if (file.size > 4 * MAX_UPLOAD_BYTES) return setProblem('This image is too large; choose one under 8 MB.');
    const img = new Image();
    img.onload = () => {
      setZoom(1);
      setImage(img);
    };
    img.onerror = () => setProblem('This file could not be read as an image.');
    img.src = await readAsDataUrl(file);
  }

  function save() {
    canvas.current?.toBlob((blob) => {
      if (blob) upload.mutate(blob, { onSuccess: () => setImage(null) });
    }, 'image/webp', 0.9);
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-4">
        <Avatar userId={me.id} size="lg" />
        <div className="flex flex-col gap-2">
          <label htmlFor={inputId} className="text-sm font-medium">
            Choose a new picture
          </label>
          <input id={inputId} type="file" accept={ACCEPTED_TYPES.join(',')} onChange={(e) => void choose(e.target.files?.[0])} className="text-sm" />
          {me.hasCustomAvatar && (
            <Button variant="ghost" className="self-start !px-0" busy={reset.isPending} onClick={() => reset.mutate()}>
              Go back to the generated avatar
            </Button>
          )}
        </div>
      </div>
      {problem && (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}
      <div hidden={!image} className="flex flex-col gap-3">
        <p className="text-sm text-zinc-700">Preview of the crop that will be saved:</p>
        <canvas
          ref={canvas}
          width={AVATAR_PIXELS}
          height={AVATAR_PIXELS}
          role="img"
          aria-label="Crop preview of the new avatar"
          className="size-40 rounded-full border border-zinc-300 bg-zinc-100"
        />
        <label className="flex items-center gap-2 text-sm">
          Zoom
          <input type="range" min={1} max={3} step={0.1} value={zoom} onChange={(e) => setZoom(Number(e.target.value))} />
        </label>
        <div className="flex gap-2">
          <Button busy={upload.isPending} onClick={save}>
            Save this avatar
          </Button>
          <Button variant="secondary" onClick={() => setImage(null)}>
            Cancel
          </Button>
        </div>
      </div>
      <ErrorNotice error={upload.error ?? reset.error} />
      {upload.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          Avatar updated.
        </p>
      )}
    </div>
  );
}
