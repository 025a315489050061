/** The picture on screen as a PNG: sigma's layers (WebGL and canvas) composed on white. */
import type { ViewerRenderer } from "./renderer.js";

export function renderPng(renderer: ViewerRenderer): Promise<Blob | null> {
  // Draw now and copy in the same task, while the WebGL buffers still hold the frame.
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const scale = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) return Promise.resolve(null);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of Object.values(renderer.getCanvases())) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}
