// The page opened from file:// gets the core and its packs inside app-data.js,
// gzip-compressed and base64-encoded (a third of plain base64); the browser
// inflates them natively.
export async function unpackWasm(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
