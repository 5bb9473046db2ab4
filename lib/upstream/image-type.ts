/** The MIME type of a preview, from its first bytes. */
export function getImageType(image: Buffer): string {
  if (image.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
  if (image[0] === 0xff && image[1] === 0xd8) return "image/jpeg";

  return "image/png";
}
